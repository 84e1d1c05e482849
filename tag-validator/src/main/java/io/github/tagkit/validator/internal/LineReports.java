package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Report;

/** Writes reports a line per finding: as text, and as GitHub Actions workflow commands. */
public final class LineReports {
  private LineReports() {}

  /** {@code file:line:col: severity [rule-id] message} per finding, then the summary. */
  public static String text(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding finding : report.findings()) {
      out.append(finding).append('\n');
    }
    return out.append(report.summary()).append('\n').toString();
  }

  /** GitHub Actions workflow commands, one per finding: shown inline on pull requests. */
  public static String github(Report report) {
    StringBuilder out = new StringBuilder();
    for (Finding f : report.findings()) {
      String command =
          switch (f.severity()) {
            case ERROR -> "error";
            case WARNING -> "warning";
            case INFO -> "notice";
          };
      out.append("::").append(command).append(" file=").append(property(f.location().file()));
      if (f.location().line() > 0) {
        out.append(",line=")
            .append(f.location().line())
            .append(",col=")
            .append(f.location().column());
      }
      out.append(",title=").append(property(f.ruleId()));
      out.append("::").append(data(f.message())).append('\n');
    }
    return out.toString();
  }

  private static String data(String text) {
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String text) {
    return data(text).replace(":", "%3A").replace(",", "%2C");
  }
}
