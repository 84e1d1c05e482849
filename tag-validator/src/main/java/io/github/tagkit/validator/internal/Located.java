package io.github.tagkit.validator.internal;

/** A part of the model and the JSON pointer it was read from, so rules can say where. */
public record Located<T>(T value, String pointer) {}
