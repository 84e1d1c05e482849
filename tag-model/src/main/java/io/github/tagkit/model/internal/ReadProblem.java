package io.github.tagkit.model.internal;

import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Suggestions;
import io.github.tagkit.model.TagFileException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * One of Jackson's errors while binding the model from a parsed tree, in the user's terms: what is
 * wrong, in words that name the key or entry, at the line and column of the value or of its key,
 * found in the text the tree was parsed from.
 */
final class ReadProblem {
  private final JacksonException e;
  private final LocatedText text;
  private final String source;
  private final List<Object> path;
  private final String pointer;

  /** The value at fault in the user's words: 'chairs', entry 2 of 'meetings', the root. */
  private final String subject;

  private ReadProblem(JacksonException e, LocatedText text, String source) {
    this.e = e;
    this.text = text;
    this.source = source;
    this.path =
        e.getPath().stream()
            .map(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
            .collect(Collectors.toList());
    this.pointer = pointer(path);
    this.subject = subject(path);
  }

  /**
   * {@code e}, thrown while a tree parsed from {@code text} (null when there is no text) was bound,
   * as a located problem.
   */
  static TagFileException describe(JacksonException e, LocatedText text, String source) {
    return new ReadProblem(e, text, source).described();
  }

  private TagFileException described() {
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
    if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
      return wrongType(mismatch);
    }
    return atKey(YamlProblems.firstLine(e.getOriginalMessage()));
  }

  private TagFileException unknownKey(UnrecognizedPropertyException unknown) {
    String parent = pointer(path.subList(0, Math.max(0, path.size() - 1)));
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

  /** A JSON pointer of a binding path's property names and indexes. */
  static String pointer(List<?> path) {
    StringBuilder pointer = new StringBuilder();
    for (Object step : path) {
      pointer.append('/').append(Pointers.escape(String.valueOf(step)));
    }
    return pointer.toString();
  }

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
    MetadataDocument.Position at =
        text == null ? MetadataDocument.Position.NONE : text.position(pointer);
    return new TagFileException(source, at.line(), at.column(), pointer, problem);
  }

  /** Located at the value at the pointer (the value of the wrong type), else at its key. */
  private TagFileException atValue(String problem) {
    MetadataDocument.Position at =
        text == null ? MetadataDocument.Position.NONE : text.valuePosition(pointer);
    return new TagFileException(source, at.line(), at.column(), pointer, problem);
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

  /** A tree's node in the words of {@link #describe(JsonToken)}. */
  static String describe(JsonNode node) {
    return node.isArray()
        ? "a list"
        : node.isObject()
            ? "a mapping"
            : node.isString()
                ? "text"
                : node.isNumber() ? "a number" : node.isBoolean() ? "true/false" : "empty";
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
