package io.github.tagkit.model.internal;

import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Parser errors in the user's terms, shared by the model's reader and the validator. Not API:
 * exported to tagkit's own modules only.
 */
public final class YamlProblems {
  private YamlProblems() {}

  /** A problem of the text and where it is: line and column from 1, or 0 when unknown. */
  public record Problem(int line, int column, String message) {}

  /**
   * "malformed YAML: found unexpected end of stream (while scanning a quoted scalar that starts at
   * line 2)", at the place the parser stopped.
   */
  public static Problem malformed(JacksonException e) {
    if (e.getCause() instanceof MarkedYamlEngineException yaml) {
      var mark = yaml.getProblemMark().or(yaml::getContextMark);
      String context =
          yaml.getContext() == null
              ? ""
              : " ("
                  + yaml.getContext()
                  + yaml.getContextMark()
                      .map(m -> " that starts at line " + (m.getLine() + 1))
                      .orElse("")
                  + ")";
      return new Problem(
          mark.map(m -> m.getLine() + 1).orElse(0),
          mark.map(m -> m.getColumn() + 1).orElse(0),
          "malformed YAML: " + firstLine(yaml.getProblem()) + context);
    }
    TokenStreamLocation location = e.getLocation();
    boolean known = location != null && location.getLineNr() > 0;
    return new Problem(
        known ? location.getLineNr() : 0,
        known ? Math.max(1, location.getColumnNr()) : 0,
        "malformed YAML: " + firstLine(e.getOriginalMessage()));
  }

  /** Whether {@code e} comes from the YAML parser itself (not from binding). */
  public static boolean isYamlSyntax(JacksonException e) {
    return e.getCause() instanceof MarkedYamlEngineException;
  }

  /** The first line of a parser message, trimmed. */
  public static String firstLine(String message) {
    String text = Optional.ofNullable(message).map(String::strip).orElse("unreadable input");
    int end = text.indexOf('\n');
    return end < 0 ? text : text.substring(0, end).strip();
  }
}
