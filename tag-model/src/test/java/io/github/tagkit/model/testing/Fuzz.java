package io.github.tagkit.model.testing;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * How hard the randomized tests try: {@code -Pfuzz} sets the system property {@code tagkit.fuzz} to
 * a factor (50 in the profile), and every jqwik property (its explicit {@code tries} or the
 * configured default) and every loop sized by {@link #scale(int)} runs that many times as often.
 * Each test class with properties names it: {@code @AddLifecycleHook(Fuzz.class)} (a service
 * registration would not reach the classes of a module's own tests, which run inside the module).
 */
public final class Fuzz implements AroundPropertyHook {
  /** The default number of tries, as {@code junit-platform.properties} sets it. */
  private static final int DEFAULT_TRIES = 200;

  /** The factor; 1 in a normal build. */
  public static int factor() {
    return Integer.getInteger("tagkit.fuzz", 1);
  }

  /** {@code runs} times the factor. */
  public static int scale(int runs) {
    return Math.multiplyExact(runs, factor());
  }

  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(
      PropertyLifecycleContext context, PropertyExecutor property) {
    if (factor() > 1) {
      int tries = context.attributes().tries().orElse(DEFAULT_TRIES);
      context.attributes().setTries(scale(tries));
    }
    return property.execute();
  }
}
