package io.github.tagkit.validator.internal;

/** Where rules report: a finding of {@code rule} about the value at {@code pointer}. */
public interface Findings {

  void report(Rule rule, String pointer, String message);
}
