package io.github.tagkit.model.internal;

import io.github.tagkit.model.Suggestions;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * One of Jackson's errors while reading the model, in the user's terms: what is wrong, in words
 * that name the key or entry, at the line and column of the value or of its key.
 */
final class ReadProblem {
  private final JacksonException e;
  private final ObjectMapper mapper;
  private final byte[] content;
  private final String source;
  private final List<Object> path;
  private final String pointer;

  /** The value at fault in the user's words: 'chairs', entry 2 of 'meetings', the root. */
  private final String subject;

  private ReadProblem(JacksonException e, ObjectMapper mapper, byte[] content, String source) {
    this.e = e;
    this.mapper = mapper;
    this.content = content;
    this.source = source;
    this.path =
        e.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
            .collect(Collectors.toList());
    this.pointer = SourcePositions.pointer(path);
    this.subject = subject(path);
  }

  /** {@code e}, thrown while {@code mapper} read {@code content}, as a located problem. */
  static TagFileException describe(
      JacksonException e, ObjectMapper mapper, byte[] content, String source) {
    return new ReadProblem(e, mapper, content, source).described();
  }

  private TagFileException described() {
    if (e instanceof StreamConstraintsException limit) {
      // Located where the parser stopped: reading the file again would stop there again.
      SourcePositions.Position at =
          e.getLocation() != null && e.getLocation().getLineNr() > 0
              ? SourcePositions.Position.of(e.getLocation())
              : JacksonCodec.limitHit(content);
      return new TagFileException(
          source,
          at.line(),
          at.column(),
          "",
          "[resource-limit] the file goes beyond what metadata needs: " + limit(limit));
    }
    if (e instanceof UnrecognizedPropertyException unknown) {
      return unknownKey(unknown);
    }
    if (e instanceof InvalidNullException) {
      return atValue(subject + " is empty");
    }
    if (e instanceof InvalidFormatException invalid) {
      return invalidValue(invalid);
    }
    if (e instanceof ValueInstantiationException refused) {
      return refusedByTheModel(refused);
    }
    if (e instanceof MismatchedInputException mismatch) {
      if (String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
        return atValue("the file holds more than one YAML document; keep the metadata in one");
      }
      if (mismatch.getTargetType() != null) {
        return wrongType(mismatch);
      }
    }
    if (e instanceof StreamReadException && YamlProblems.isYamlSyntax(e)) {
      return malformed();
    }
    return otherProblem();
  }

  /** A reading limit, in the words of the validator's {@code resource-limit} findings. */
  private static String limit(StreamConstraintsException e) {
    String message = String.valueOf(e.getOriginalMessage());
    if (message.contains("nesting depth")) {
      return "values nest more than "
          + TagReader.MAX_NESTING_DEPTH
          + " levels deep (maxNestingDepth)";
    }
    if (message.contains("String value length")) {
      return "a value is longer than "
          + TagReader.MAX_STRING_LENGTH
          + " characters (maxStringLength)";
    }
    return message.lines().findFirst().orElse("a reading limit").strip();
  }

  private TagFileException unknownKey(UnrecognizedPropertyException unknown) {
    String parent = SourcePositions.pointer(path.subList(0, Math.max(0, path.size() - 1)));
    return atKey(
        "unknown key '"
            + unknown.getPropertyName()
            + "' "
            + (parent.isEmpty() ? "at the root" : "in " + parent)
            + Suggestions.hint(unknown.getPropertyName(), unknown.getKnownPropertyIds()));
  }

  private TagFileException invalidValue(InvalidFormatException invalid) {
    String value = String.valueOf(invalid.getValue());
    return atValue(
        value.isEmpty()
            ? subject + " is empty"
            : subject + " is '" + value + "', which is not " + expected(invalid.getTargetType()));
  }

  /** A value the record's constructor refused: its message says why. */
  private TagFileException refusedByTheModel(ValueInstantiationException refused) {
    Throwable cause = refused.getCause() != null ? refused.getCause() : e;
    String where =
        path.isEmpty() ? " at the root" : subject.startsWith("entry") ? " in " + subject : "";
    return atKey(cause.getMessage() + where);
  }

  private TagFileException wrongType(MismatchedInputException mismatch) {
    JsonToken token = mismatch.getCurrentToken();
    return atValue(
        subject
            + " must be "
            + expected(mismatch.getTargetType())
            + (token != null ? ", not " + describe(token) : ""));
  }

  private TagFileException malformed() {
    YamlProblems.Problem problem = YamlProblems.malformed(e);
    return new TagFileException(
        source, problem.line(), problem.column(), pointer, problem.message());
  }

  /** A duplicate key, or another problem of the parser's, in its own words. */
  private TagFileException otherProblem() {
    String message = YamlProblems.firstLine(e.getOriginalMessage());
    Matcher duplicate = DUPLICATE.matcher(message);
    if (duplicate.matches()) {
      String key = duplicate.group(1);
      var position =
          SourcePositions.onLine(content, SourcePositions.Position.of(e.getLocation()), key);
      return new TagFileException(
          source,
          position.line(),
          position.column(),
          pointer + "/" + key,
          "duplicate key '" + key + "' in " + (pointer.isEmpty() ? "the root" : pointer));
    }
    if (e instanceof StreamReadException) {
      return malformed();
    }
    var position = SourcePositions.Position.of(e.getLocation());
    return new TagFileException(source, position.line(), position.column(), pointer, message);
  }

  private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

  private static String subject(List<Object> path) {
    if (path.isEmpty()) {
      return "the root";
    }
    Object last = path.get(path.size() - 1);
    if (last instanceof Integer index) {
      String list = path.size() > 1 ? "'" + path.get(path.size() - 2) + "'" : "the root list";
      return "entry " + (index + 1) + " of " + list;
    }
    return "'" + last + "'";
  }

  /** Located at the key that holds the value at the pointer. */
  private TagFileException atKey(String problem) {
    var position = SourcePositions.of(mapper, content, pointer);
    return new TagFileException(source, position.line(), position.column(), pointer, problem);
  }

  /**
   * Located at the token the parser stood on when it failed (the value of the wrong type) or,
   * failing that, at the key of the value at the pointer.
   */
  private TagFileException atValue(String problem) {
    SourcePositions.Position position =
        e.processor() instanceof JsonParser parser
            ? SourcePositions.Position.of(parser.currentTokenLocation())
            : SourcePositions.Position.UNKNOWN;
    if (position.line() == 0) {
      position = SourcePositions.of(mapper, content, pointer);
    }
    return new TagFileException(source, position.line(), position.column(), pointer, problem);
  }

  private static final Map<Class<?>, String> TYPES =
      Map.of(
          String.class, "text",
          LocalDate.class, "a date (YYYY-MM-DD)",
          LocalTime.class, "a time of day (HH:mm)",
          Integer.class, "a whole number",
          int.class, "a whole number");

  static String expected(Class<?> type) {
    if (type == null) {
      return "of the right type";
    }
    if (TYPES.containsKey(type)) {
      return TYPES.get(type);
    }
    if (type.isEnum()) {
      return "one of "
          + Arrays.stream(type.getEnumConstants())
              .map(c -> ((Enum<?>) c).name().toLowerCase(Locale.ROOT))
              .collect(Collectors.joining(", "));
    }
    if (Collection.class.isAssignableFrom(type)) {
      return "a list";
    }
    return "a mapping of keys";
  }

  static String describe(JsonToken token) {
    return switch (token) {
      case START_ARRAY -> "a list";
      case START_OBJECT -> "a mapping";
      case VALUE_STRING -> "text";
      case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
      case VALUE_TRUE, VALUE_FALSE -> "true/false";
      case VALUE_NULL -> "empty";
      default -> token.name().toLowerCase(Locale.ROOT);
    };
  }
}
