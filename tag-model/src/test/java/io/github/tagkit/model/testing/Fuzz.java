package io.github.tagkit.model.testing;

/**
 * How hard the randomized tests try: {@code -Pfuzz} sets the system property {@code tagkit.fuzz} to
 * a factor (50 in the profile), and every property of {@link Properties} and every loop sized by
 * {@link #scale(int)} runs that many times as often.
 */
public final class Fuzz {
  private Fuzz() {}

  /** The factor; 1 in a normal build. */
  public static int factor() {
    return Integer.getInteger("tagkit.fuzz", 1);
  }

  /** {@code runs} times the factor. */
  public static int scale(int runs) {
    return Math.multiplyExact(runs, factor());
  }
}
