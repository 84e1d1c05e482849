package io.github.tagkit.model.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Where a {@link Gen} takes its random choices from: fresh ones from a seeded random source, or a
 * recorded sequence played back (shorter or smaller than the one recorded, when shrinking). Every
 * choice is a whole number in a range, recorded as its distance from the range's low end, so that a
 * smaller recorded number always means a simpler value: a shorter list, an earlier alternative, an
 * absent optional, a lower number.
 */
public final class Choices {
  private final SplittableRandom random;
  private final long[] replay;
  private int next;
  private final List<Long> drawn = new ArrayList<>();

  private Choices(SplittableRandom random, long[] replay) {
    this.random = random;
    this.replay = replay;
  }

  /** Fresh choices from {@code seed}: the same seed makes the same choices. */
  public static Choices random(long seed) {
    return new Choices(new SplittableRandom(seed), null);
  }

  /** The recorded choices played back; past their end every choice is its range's low end. */
  static Choices replay(long[] recorded) {
    return new Choices(null, recorded.clone());
  }

  /** A whole number from {@code min} to {@code max}, both included. */
  public long draw(long min, long max) {
    if (max < min) {
      throw new IllegalArgumentException("empty range " + min + ".." + max);
    }
    long span = max - min; // at most Long.MAX_VALUE for the ranges generators use
    long offset;
    if (random == null) {
      offset = next < replay.length ? Math.min(Math.max(replay[next], 0), span) : 0;
      next++;
    } else {
      offset =
          span == Long.MAX_VALUE ? random.nextLong() & Long.MAX_VALUE : random.nextLong(span + 1);
    }
    drawn.add(offset);
    return min + offset;
  }

  /** An int from {@code min} to {@code max}, both included. */
  public int draw(int min, int max) {
    return (int) draw((long) min, (long) max);
  }

  /** The choices made so far, as their distances from their ranges' low ends. */
  long[] drawn() {
    return drawn.stream().mapToLong(Long::longValue).toArray();
  }
}
