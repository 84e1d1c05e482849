package io.github.tagkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import net.jqwik.api.lifecycle.AfterContainer;

/**
 * The fuzz factor reaches every property, explicit tries and the default alike: under {@code
 * -Pfuzz} these run 50 times as often, in a normal build as written.
 */
@AddLifecycleHook(Fuzz.class)
class FuzzTest {
  private static final AtomicInteger EXPLICIT = new AtomicInteger();
  private static final AtomicInteger DEFAULT = new AtomicInteger();

  @Property(tries = 7)
  void withExplicitTries(@ForAll int any) {
    EXPLICIT.incrementAndGet();
  }

  @Property
  void withTheDefaultTries(@ForAll int any) {
    DEFAULT.incrementAndGet();
  }

  @AfterContainer
  static void everyPropertyRanItsTriesTimesTheFactor() {
    assertThat(EXPLICIT).hasValue(7 * Fuzz.factor());
    assertThat(DEFAULT).hasValue(200 * Fuzz.factor());
    assertThat(Fuzz.scale(3000)).isEqualTo(3000 * Fuzz.factor());
  }
}
