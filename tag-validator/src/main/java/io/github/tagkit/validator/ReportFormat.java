package io.github.tagkit.validator;

import io.github.tagkit.validator.internal.Writers;

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
