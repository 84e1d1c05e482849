package io.github.tagkit.model;

import java.nio.file.Path;
import java.util.Locale;

/** The syntaxes metadata files are written in. */
public enum Format {
  /** YAML 1.2, the files' usual syntax (JSON is a part of it). */
  YAML,
  /** JSON, for a file named {@code .json}. */
  JSON;

  /**
   * JSON for a {@code .json} file, YAML otherwise.
   *
   * @param file the file
   * @return {@link #JSON} for a {@code .json} file, {@link #YAML} otherwise
   */
  public static Format of(Path file) {
    Path name = file.getFileName();
    return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".json") ? JSON : YAML;
  }
}
