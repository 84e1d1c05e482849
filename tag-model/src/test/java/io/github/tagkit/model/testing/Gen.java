package io.github.tagkit.model.testing;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A generator of test values for {@link Properties#forAll}: it takes every random choice from the
 * {@link Choices} it is given, so that a failing value can be made again from its seed and shrunk
 * by playing back smaller choices. Built from the factories here and combined with {@link #map},
 * {@link #flatMap}, {@link #filter}, {@link #list} and {@link #optional}.
 */
@FunctionalInterface
public interface Gen<T> {
  /** How many values in a row {@link #filter} may reject before it gives up. */
  int FILTER_TRIES = 1000;

  /** Letters and digits, as {@link #strings(String, int, int)} takes them. */
  String ALPHANUMERIC = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  /** The next value, from {@code choices}. */
  T next(Choices choices);

  /** A whole number from {@code min} to {@code max}, both included; shrinks toward {@code min}. */
  static Gen<Integer> integers(int min, int max) {
    return choices -> choices.draw(min, max);
  }

  /** One of {@code values}; shrinks toward the first. */
  static <T> Gen<T> of(List<T> values) {
    List<T> copy = List.copyOf(values);
    return choices -> copy.get(choices.draw(0, copy.size() - 1));
  }

  /** One of {@code values}; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> of(T... values) {
    return of(Arrays.asList(values));
  }

  /** One of the constants of an enum; shrinks toward the first. */
  static <E extends Enum<E>> Gen<E> of(Class<E> type) {
    return of(type.getEnumConstants());
  }

  /** A value of one of {@code generators}, picked evenly; shrinks toward the first. */
  @SafeVarargs
  static <T> Gen<T> oneOf(Gen<? extends T>... generators) {
    List<Gen<? extends T>> copy = List.of(generators);
    return choices -> copy.get(choices.draw(0, copy.size() - 1)).next(choices);
  }

  /**
   * Text of {@code minLength} to {@code maxLength} characters, each one of {@code alphabet}'s code
   * points; shrinks toward shorter text of the alphabet's first characters.
   */
  static Gen<String> strings(String alphabet, int minLength, int maxLength) {
    int[] codePoints = alphabet.codePoints().toArray();
    return choices -> {
      int length = choices.draw(minLength, maxLength);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(codePoints[choices.draw(0, codePoints.length - 1)]);
      }
      return text.toString();
    };
  }

  /**
   * Text of any Unicode characters: mostly printable ASCII, often white space and control
   * characters, sometimes any code point outside the surrogates.
   */
  static Gen<String> strings(int minLength, int maxLength) {
    Gen<Integer> character =
        choices ->
            switch (choices.draw(0, 9)) {
              case 0, 1, 2, 3, 4, 5 -> choices.draw(' ', '~');
              case 6 ->
                  (int)
                      " \t\n\r\u000b\f\u0000\u0085\u00a0\u2028\u202e\ufeff"
                          .charAt(choices.draw(0, 11));
              case 7 -> choices.draw(0, 0x1f);
              case 8 -> choices.draw(0x80, 0xd7ff);
              default -> {
                int codePoint = choices.draw(0xe000, Character.MAX_CODE_POINT);
                yield codePoint;
              }
            };
    return choices -> {
      int length = choices.draw(minLength, maxLength);
      StringBuilder text = new StringBuilder();
      for (int i = 0; i < length; i++) {
        text.appendCodePoint(character.next(choices));
      }
      return text.toString();
    };
  }

  /**
   * A value that a function makes from a {@link Random}: for generators written against {@code
   * java.util.Random}. Its value shrinks only as far as its seed does.
   */
  static <T> Gen<T> fromRandom(Function<Random, T> make) {
    return choices -> make.apply(new Random(choices.draw(0, Long.MAX_VALUE)));
  }

  /** One value of each generator, in order. */
  static <T> Gen<List<T>> all(List<Gen<T>> generators) {
    List<Gen<T>> copy = List.copyOf(generators);
    return choices -> {
      List<T> values = new ArrayList<>(copy.size());
      for (Gen<T> generator : copy) {
        values.add(generator.next(choices));
      }
      return values;
    };
  }

  /** A value of each of two generators, combined. */
  static <A, B, R> Gen<R> zip(Gen<A> a, Gen<B> b, BiFunction<A, B, R> combine) {
    return choices -> combine.apply(a.next(choices), b.next(choices));
  }

  /** This generator's values through {@code function}. */
  default <R> Gen<R> map(Function<? super T, ? extends R> function) {
    return choices -> function.apply(next(choices));
  }

  /** A generator chosen by this generator's value, and its value. */
  default <R> Gen<R> flatMap(Function<? super T, Gen<R>> function) {
    return choices -> function.apply(next(choices)).next(choices);
  }

  /** This generator's values that {@code keep} accepts. */
  default Gen<T> filter(Predicate<? super T> keep) {
    return choices -> {
      for (int i = 0; i < FILTER_TRIES; i++) {
        T value = next(choices);
        if (keep.test(value)) {
          return value;
        }
      }
      throw new TooManyRejections(FILTER_TRIES);
    };
  }

  /** This generator's value with probability {@code presence}, else empty; shrinks toward empty. */
  default Gen<Optional<T>> optional(double presence) {
    long absentBelow = Math.round((1 - presence) * 1000);
    return choices ->
        choices.draw(0, 999) < absentBelow ? Optional.empty() : Optional.of(next(choices));
  }

  /** A list of {@code minSize} to {@code maxSize} of this generator's values; shrinks shorter. */
  default Gen<List<T>> list(int minSize, int maxSize) {
    return choices -> {
      int size = choices.draw(minSize, maxSize);
      List<T> values = new ArrayList<>(size);
      for (int i = 0; i < size; i++) {
        values.add(next(choices));
      }
      return values;
    };
  }

  /** Values made from {@code seed} on, one after the other: for tests that want a sample. */
  default Stream<T> samples(long seed) {
    Choices choices = Choices.random(seed);
    return Stream.generate(() -> next(choices));
  }

  /** Thrown when {@link #filter} rejects {@link #FILTER_TRIES} values in a row. */
  final class TooManyRejections extends RuntimeException {
    private static final long serialVersionUID = 1L;

    TooManyRejections(int tries) {
      super("the filter rejected " + tries + " values in a row");
    }
  }
}
