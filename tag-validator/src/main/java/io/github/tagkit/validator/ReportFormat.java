package io.github.tagkit.validator;

import io.github.tagkit.model.AtomicFiles;
import io.github.tagkit.validator.internal.JsonReports;
import io.github.tagkit.validator.internal.LineReports;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** {@return the file name extension for reports in this format} */
  public String extension() {
    return extension;
  }

  /**
   * {@return the lower-case name users write: {@code text}, {@code json}, {@code sarif}, {@code
   * github}}
   */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /**
   * {@return the report file of this format: {@code tag-report.sarif}, {@code
   * tag-report-github.txt}}
   */
  public String fileName() {
    return this == GITHUB ? "tag-report-github.txt" : "tag-report." + extension;
  }

  /**
   * Parses a comma-separated list such as {@code sarif,json}.
   *
   * @param formats the list, as a user writes it
   * @return the formats
   * @throws ConfigurationException naming an unknown format and the known ones
   */
  public static Set<ReportFormat> parse(String formats) {
    return parse(formats, List.of());
  }

  /**
   * Parses a comma-separated list such as {@code sarif,json,terms}, where {@code others} are
   * accepted as well (a caller's own reports, such as {@code terms}) and left out of the result.
   *
   * @param formats the list, as a user writes it
   * @param others the other names the caller accepts
   * @return the formats
   * @throws ConfigurationException naming an unknown format and every known one, {@code others}
   *     included
   */
  public static Set<ReportFormat> parse(String formats, List<String> others) {
    Set<ReportFormat> parsed = EnumSet.noneOf(ReportFormat.class);
    for (String name : TagFiles.split(formats)) {
      if (others.stream().anyMatch(name::equalsIgnoreCase)) {
        continue;
      }
      parsed.add(
          EnumSet.allOf(ReportFormat.class).stream()
              .filter(format -> format.label().equalsIgnoreCase(name))
              .findFirst()
              .orElseThrow(
                  () ->
                      new ConfigurationException(
                          "formats",
                          "unknown report format '" + name + "'; expected " + choices(others))));
    }
    return parsed;
  }

  /** "text, json, sarif, github or terms". */
  private static String choices(List<String> others) {
    List<String> labels = new ArrayList<>();
    EnumSet.allOf(ReportFormat.class).forEach(format -> labels.add(format.label()));
    labels.addAll(others);
    return String.join(", ", labels.subList(0, labels.size() - 1))
        + " or "
        + labels.get(labels.size() - 1);
  }

  /**
   * Writes the report in each of {@code formats} to {@code directory}; the files written.
   *
   * @param report the report
   * @param formats the formats
   * @param directory the directory, made when missing
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public static List<Path> writeAll(Report report, Set<ReportFormat> formats, Path directory)
      throws IOException {
    List<Path> written = new ArrayList<>();
    for (ReportFormat format : formats) {
      written.add(format.write(report, directory));
    }
    return written;
  }

  /**
   * Writes the report in this format to {@link #fileName()} in {@code directory}, whole or not at
   * all (a full disk leaves the previous report, never half of one).
   *
   * @param report the report
   * @param directory the directory, made when missing
   * @return the file written
   * @throws IOException when the file cannot be written
   */
  public Path write(Report report, Path directory) throws IOException {
    Files.createDirectories(directory);
    Path file = directory.resolve(fileName());
    AtomicFiles.write(file, render(report));
    return file;
  }

  /**
   * {@return the report in this format}
   *
   * @param report the report
   */
  public String render(Report report) {
    return switch (this) {
      case TEXT -> LineReports.text(report);
      case JSON -> JsonReports.json(report);
      case SARIF -> JsonReports.sarif(report);
      case GITHUB -> LineReports.github(report);
    };
  }
}
