package io.github.tagkit.model;

import java.nio.file.Path;
import java.util.Locale;

/** The syntaxes metadata files are written in. */
public enum Format {
  YAML,
  JSON;

  /** JSON for a {@code .json} file, YAML otherwise. */
  public static Format of(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
