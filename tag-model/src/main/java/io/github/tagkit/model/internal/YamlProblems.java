package io.github.tagkit.model.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;

/**
 * Parser errors in the user's terms, shared by the model's reader and the validator. Not API:
 * exported to tagkit's own modules only.
 */
final class YamlProblems {
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
      String problem = firstLine(yaml.getProblem());
      return new Problem(
          mark.map(m -> m.getLine() + 1).orElse(0),
          mark.map(m -> m.getColumn() + 1).orElse(0),
          problem.contains("(TAB)")
              ? "tabs cannot indent YAML; indent with spaces"
              : "malformed YAML: " + problem + context);
    }
    TokenStreamLocation location = e.getLocation();
    String message = firstLine(e.getOriginalMessage());
    if (message.startsWith("Expected a property name")) {
      message = "a key must be plain text, not a list or a mapping";
    }
    boolean known = location != null && location.getLineNr() > 0;
    return new Problem(
        known ? location.getLineNr() : 0,
        known ? Math.max(1, location.getColumnNr()) : 0,
        "malformed YAML: " + message);
  }

  /**
   * The first byte of {@code content} that is not UTF-8, as a problem at its line and column, or
   * empty when all of it is UTF-8. Decoders report such bytes with exception names and byte counts;
   * users need the place and what to do.
   */
  public static Optional<Problem> invalidUtf8(byte[] content) {
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(content);
    CoderResult result = decoder.decode(in, CharBuffer.allocate(content.length + 1), true);
    if (!result.isError()) {
      return Optional.empty();
    }
    String before = new String(content, 0, in.position(), StandardCharsets.UTF_8);
    int line = (int) before.chars().filter(c -> c == '\n').count() + 1;
    int column = before.length() - before.lastIndexOf('\n');
    return Optional.of(
        new Problem(
            line,
            column,
            String.format(
                "the file is not valid UTF-8: byte 0x%02X cannot be read as text; save the file as"
                    + " UTF-8",
                content[in.position()] & 0xff)));
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
