package io.github.tagkit.model.internal;

import java.util.function.Supplier;

/**
 * A value made on first use, once, whichever thread asks first; for what a cold process should pay
 * for only when it needs it.
 */
final class Lazy<T> implements Supplier<T> {
  private final Supplier<? extends T> make;
  private volatile T value;

  private Lazy(Supplier<? extends T> make) {
    this.make = make;
  }

  static <T> Lazy<T> of(Supplier<? extends T> make) {
    return new Lazy<>(make);
  }

  @Override
  public T get() {
    T made = value;
    if (made == null) {
      synchronized (this) {
        made = value;
        if (made == null) {
          made = value = make.get();
        }
      }
    }
    return made;
  }
}
