package io.github.tagkit.cli;

import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.LogLines;
import java.io.PrintWriter;

/**
 * Where a command says what it does: its lines on standard output, each made safe for a CI log
 * ({@link LogLines}), and the severity of a finding in colour only on a terminal that asks for none
 * of it to be left out ({@code NO_COLOR}, {@code TERM=dumb}); what another program reads (GitHub's
 * annotations, a document) as it is.
 */
final class Console {
  private static final String RESET = "\u001B[0m";

  private final PrintWriter out;
  private final PrintWriter err;
  private final boolean color;

  Console(PrintWriter out, PrintWriter err, boolean color) {
    this.out = out;
    this.err = err;
    this.color = color;
  }

  /** Whether a process with {@code env} on a terminal ({@code terminal}) prints colour. */
  static boolean color(boolean terminal, java.util.Map<String, String> env) {
    return terminal && !env.containsKey("NO_COLOR") && !"dumb".equals(env.getOrDefault("TERM", ""));
  }

  boolean colored() {
    return color;
  }

  void info(String line) {
    out.println(LogLines.safe(line));
    out.flush();
  }

  void warn(String line) {
    out.println(paint("33", "warning") + ": " + LogLines.safe(line));
    out.flush();
  }

  void error(String line) {
    err.println(paint("31", "error") + ": " + LogLines.safe(line));
    err.flush();
  }

  /** A finding: {@code tags.yaml:4:7: error [rule-id] message}. */
  void finding(Finding finding) {
    String level = finding.severity().name().toLowerCase(java.util.Locale.ROOT);
    String code =
        switch (finding.severity()) {
          case ERROR -> "31";
          case WARNING -> "33";
          case INFO -> "36";
        };
    out.println(
        LogLines.safe(finding.location().toString())
            + ": "
            + paint(code, level)
            + " ["
            + finding.ruleId()
            + "] "
            + LogLines.safe(finding.message()));
    out.flush();
  }

  /** What another program reads, as it is. */
  void raw(String text) {
    out.print(text);
    out.flush();
  }

  private String paint(String code, String text) {
    return color ? "\u001B[" + code + "m" + text + RESET : text;
  }
}
