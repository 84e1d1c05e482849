package io.github.tagkit.validator;

import io.github.tagkit.validator.internal.Writers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/** The ways a {@link Report} is written out. */
public enum ReportFormat {
  /** One line per finding, {@code file:line:col: severity [rule-id] message}, then a summary. */
  TEXT("txt"),
  /** The findings and counts as a JSON document. */
  JSON("json"),
  /** SARIF 2.1.0, for GitHub code scanning and other SARIF viewers. */
  SARIF("sarif"),
  /** GitHub Actions workflow commands: {@code ::error file=...,line=...,col=...::message}. */
  GITHUB("txt");

  private final String extension;

  ReportFormat(String extension) {
    this.extension = extension;
  }

  /** The file name extension for reports in this format. */
  public String extension() {
    return extension;
  }

  /** The lower-case name users write: {@code text}, {@code json}, {@code sarif}, {@code github}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The report file of this format: {@code tag-report.sarif}, {@code tag-report-github.txt}. */
  public String fileName() {
    return this == GITHUB ? "tag-report-github.txt" : "tag-report." + extension;
  }

  /**
   * Parses a comma-separated list such as {@code sarif,json}.
   *
   * @throws IllegalArgumentException naming an unknown format and the known ones
   */
  public static Set<ReportFormat> parse(String formats) {
    Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
    for (String name : TagFiles.split(formats)) {
      try {
        parsed.add(valueOf(name.toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            "unknown report format '"
                + name
                + "'; expected any of "
                + EnumSet.allOf(ReportFormat.class).stream()
                    .map(ReportFormat::label)
                    .collect(Collectors.joining(", ")),
            e);
      }
    }
    return parsed;
  }

  /** Writes the report in this format to {@link #fileName()} in {@code directory}. */
  public Path write(Report report, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(fileName());
    Files.writeString(file, render(report), StandardCharsets.UTF_8);
    return file;
  }

  /** The report in this format. */
  public String render(Report report) {
    return switch (this) {
      case TEXT -> Writers.text(report);
      case JSON -> Writers.json(report);
      case SARIF -> Writers.sarif(report, TagValidator.rules());
      case GITHUB -> Writers.github(report);
    };
  }
}
