package io.github.tagkit.model.testing;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * Property tests over JUnit 5: {@code Properties.forAll(200, generator, value -> assertions)}
 * checks the assertions on that many generated values. The tries are multiplied by the {@link Fuzz}
 * factor; the seed is random unless {@code -Dtagkit.seed} names one, and a failure names the seed
 * that reproduces it and the smallest failing value the shrinker found, with the original value and
 * the failure of the smallest one as its cause.
 */
public final class Properties {
  /** The tries of a property that names none. */
  public static final int DEFAULT_TRIES = 200;

  /** How many values the shrinker tries at the most. */
  private static final int SHRINK_STEPS = 2000;

  /** How long the shrinker tries at the most. */
  private static final Duration SHRINK_TIME = Duration.ofSeconds(60);

  /** What is shown of a failing value at the most. */
  private static final int SHOWN = 4000;

  private Properties() {}

  /** The assertions of a property, over one value. */
  @FunctionalInterface
  public interface Check<T> {
    /** Fails, by throwing, when the property does not hold for {@code value}. */
    void accept(T value) throws Exception;
  }

  /** {@link #DEFAULT_TRIES} tries of {@code property}. */
  public static <T> void forAll(Gen<T> generator, Check<? super T> property) {
    forAll(DEFAULT_TRIES, generator, property);
  }

  /** {@code tries} tries of {@code property}, times the fuzz factor. */
  public static <T> void forAll(int tries, Gen<T> generator, Check<? super T> property) {
    Long fixed = Long.getLong("tagkit.seed");
    long seed = fixed != null ? fixed : new SplittableRandom().nextLong();
    int runs = Fuzz.scale(tries);
    SplittableRandom seeds = new SplittableRandom(seed);
    for (int run = 1; run <= runs; run++) {
      Choices choices = Choices.random(seeds.nextLong());
      T value = generator.next(choices);
      Throwable failure = failure(property, value);
      if (failure != null) {
        throw report(seed, run, runs, generator, property, value, choices.drawn(), failure);
      }
    }
  }

  private static <T> AssertionError report(
      long seed,
      int run,
      int runs,
      Gen<T> generator,
      Check<? super T> property,
      T original,
      long[] recorded,
      Throwable originalFailure) {
    Shrunk<T> shrunk =
        shrink(generator, property, new Shrunk<>(original, recorded, originalFailure));
    AssertionError error =
        new AssertionError(
            "Property failed on try "
                + run
                + " of "
                + runs
                + " (seed "
                + seed
                + "; rerun with -Dtagkit.seed="
                + seed
                + ")\nSmallest failing value ("
                + shrunk.steps
                + " shrinking steps):\n  "
                + show(shrunk.value)
                + "\nwhich fails with: "
                + shrunk.failure
                + "\nOriginal failing value:\n  "
                + show(original),
            shrunk.failure);
    if (shrunk.failure != originalFailure) {
      error.addSuppressed(originalFailure);
    }
    return error;
  }

  /** The failure of {@code property} on {@code value}, or null when it holds. */
  private static <T> Throwable failure(Check<? super T> property, T value) {
    try {
      property.accept(value);
      return null;
    } catch (Throwable failure) {
      if (failure instanceof VirtualMachineError error && !(error instanceof StackOverflowError)) {
        throw error;
      }
      return failure;
    }
  }

  /** A failing value, the choices that made it and how it fails. */
  private static final class Shrunk<T> {
    final T value;
    final long[] choices;
    final Throwable failure;
    int steps;

    Shrunk(T value, long[] choices, Throwable failure) {
      this.value = value;
      this.choices = choices;
      this.failure = failure;
    }
  }

  /**
   * The smallest failing value found by playing back smaller choices: each choice as small as it
   * can be, then without runs of choices (shorter lists, fewer parts), each also with one of the
   * nearest earlier choices lower by one (the list's count), until neither helps. A candidate is
   * kept only when it still fails and its choices are smaller (fewer, or the same number and
   * smaller at the first difference), so shrinking ends.
   */
  private static <T> Shrunk<T> shrink(
      Gen<T> generator, Check<? super T> property, Shrunk<T> start) {
    Shrunk<T> best = start;
    int steps = 0;
    long deadline = System.nanoTime() + SHRINK_TIME.toNanos();
    boolean improved = true;
    while (improved && steps < SHRINK_STEPS && System.nanoTime() < deadline) {
      improved = false;
      for (int at = 0; at < best.choices.length && steps < SHRINK_STEPS; at++) {
        long low = 0;
        long high = best.choices[at];
        while (low < high && steps < SHRINK_STEPS && System.nanoTime() < deadline) {
          long middle = low + (high - low) / 2;
          long[] candidate = best.choices.clone();
          candidate[at] = middle;
          steps++;
          Shrunk<T> tried = attempt(generator, property, candidate, best);
          if (tried != null && at < tried.choices.length) {
            best = tried;
            improved = true;
            high = Math.min(middle, best.choices[at]);
          } else if (tried != null) {
            best = tried;
            improved = true;
            break;
          } else {
            low = middle + 1;
          }
        }
      }
      for (int size = 8; size >= 1; size /= 2) {
        for (int at = 0; at + size <= best.choices.length && steps < SHRINK_STEPS; ) {
          long[] candidate = new long[best.choices.length - size];
          System.arraycopy(best.choices, 0, candidate, 0, at);
          System.arraycopy(best.choices, at + size, candidate, at, candidate.length - at);
          steps++;
          Shrunk<T> tried = attempt(generator, property, candidate, best);
          // The count of a list comes before its elements: without one element, the count
          // lower by one.
          int lowered = 0;
          for (int back = at - 1; tried == null && back >= 0 && lowered < 4; back--) {
            if (candidate[back] > 0 && steps < SHRINK_STEPS) {
              lowered++;
              long[] fewer = candidate.clone();
              fewer[back]--;
              steps++;
              tried = attempt(generator, property, fewer, best);
            }
          }
          if (tried != null) {
            best = tried;
            improved = true;
          } else {
            at++;
          }
        }
      }
    }
    best.steps = steps;
    return best;
  }

  /** The value {@code candidate} plays back, when it fails and is smaller than {@code best}. */
  private static <T> Shrunk<T> attempt(
      Gen<T> generator, Check<? super T> property, long[] candidate, Shrunk<T> best) {
    Choices choices = Choices.replay(candidate);
    T value;
    try {
      value = generator.next(choices);
    } catch (RuntimeException notMade) {
      return null;
    }
    long[] used = choices.drawn();
    if (!smaller(used, best.choices)) {
      return null;
    }
    Throwable failure = failure(property, value);
    return failure == null ? null : new Shrunk<>(value, used, failure);
  }

  private static boolean smaller(long[] a, long[] b) {
    return a.length != b.length ? a.length < b.length : Arrays.compare(a, b) < 0;
  }

  private static String show(Object value) {
    String text =
        value instanceof byte[] bytes
            ? new String(bytes, StandardCharsets.UTF_8)
            : value instanceof String string ? '"' + string + '"' : String.valueOf(value);
    text = text.replace("\r", "\\r").replace("\n", "\\n\n  ");
    return text.length() <= SHOWN
        ? text
        : text.substring(0, SHOWN) + "... (" + text.length() + " characters)";
  }
}
