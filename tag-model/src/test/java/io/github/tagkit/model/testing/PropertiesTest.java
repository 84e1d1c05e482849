package io.github.tagkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The property runner: every property runs its tries times the fuzz factor, a seed makes the same
 * values again, and a failure names its seed and the smallest failing value.
 */
class PropertiesTest {

  @Test
  void runsItsTriesTimesTheFuzzFactor() {
    AtomicInteger explicit = new AtomicInteger();
    AtomicInteger byDefault = new AtomicInteger();
    Properties.forAll(7, Gen.integers(0, 10), any -> explicit.incrementAndGet());
    Properties.forAll(Gen.integers(0, 10), any -> byDefault.incrementAndGet());
    assertThat(explicit).hasValue(7 * Fuzz.factor());
    assertThat(byDefault).hasValue(200 * Fuzz.factor());
  }

  @Test
  void aSeedMakesTheSameValuesAgain() {
    Gen<List<String>> generator = Gen.strings("abc", 0, 5).list(0, 4);
    assertThat(generator.samples(42).limit(20).toList())
        .isEqualTo(generator.samples(42).limit(20).toList())
        .isNotEqualTo(generator.samples(43).limit(20).toList());
  }

  @Test
  void aFailureNamesItsSeedAndTheSmallestValue() {
    assertThatThrownBy(
            () ->
                Properties.forAll(
                    Gen.integers(0, 10_000).list(0, 20),
                    list -> assertThat(list).allMatch(n -> n < 1000)))
        .isInstanceOf(AssertionError.class)
        .hasMessageMatching(
            "(?s)Property failed on try \\d+ of \\d+ \\(seed -?\\d+; rerun with"
                + " -Dtagkit\\.seed=-?\\d+\\)\nSmallest failing value \\(\\d+ shrinking steps\\):\n"
                + "  \\[1000\\]\n.*");
  }

  @Test
  void theSeedOfAFailureReproducesIt() {
    List<List<Integer>> failing = new ArrayList<>();
    Properties.Check<List<Integer>> property =
        list -> {
          if (list.stream().mapToInt(Integer::intValue).sum() > 300) {
            failing.add(list);
            throw new AssertionError("too much");
          }
        };
    String message = "";
    try {
      Properties.forAll(Gen.integers(0, 100).list(0, 10), property);
    } catch (AssertionError e) {
      message = e.getMessage();
    }
    String seed = message.replaceAll("(?s).*-Dtagkit\\.seed=(-?\\d+)\\).*", "$1");
    List<Integer> first = failing.get(0);
    failing.clear();
    String previous = System.setProperty("tagkit.seed", seed);
    try {
      assertThatThrownBy(() -> Properties.forAll(Gen.integers(0, 100).list(0, 10), property))
          .hasMessageContaining("seed " + seed);
      assertThat(failing.get(0)).isEqualTo(first);
    } finally {
      if (previous == null) {
        System.clearProperty("tagkit.seed");
      } else {
        System.setProperty("tagkit.seed", previous);
      }
    }
  }

  @Test
  void textShrinksToTheShortestFailingText() {
    assertThatThrownBy(
            () ->
                Properties.forAll(
                    Gen.strings("abcdef", 0, 30), text -> assertThat(text).doesNotContain("e")))
        .hasMessageContaining("Smallest failing value")
        .hasMessageContaining("\n  \"e\"\n");
  }

  @Test
  void aFilterThatRejectsEverythingSaysSo() {
    assertThatThrownBy(() -> Properties.forAll(Gen.integers(0, 5).filter(n -> n > 5), n -> {}))
        .isInstanceOf(Gen.TooManyRejections.class)
        .hasMessage("the filter rejected 1000 values in a row");
  }
}
