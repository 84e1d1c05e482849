package io.github.tagkit.model.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Format;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Leadership;
import io.github.tagkit.model.Suggestions;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.exc.InvalidFormatException;
import tools.jackson.databind.exc.InvalidNullException;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;
import tools.jackson.databind.exc.ValueInstantiationException;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes the model with Jackson, and turns every Jackson error into a {@link
 * TagFileException} that names file, line, column and the JSON pointer of the value at fault.
 * Mappers are built once and shared: they are thread-safe once configured.
 */
public final class Codec {
  private static final Set<String> REGISTRY_KEYS = Set.of("tags", "toc_subprojects");

  /** Leadership and contact blocks with nothing in them are left out, as empty lists are. */
  private static final JsonInclude.Value OMIT_WHEN_NONE =
      JsonInclude.Value.construct(
          JsonInclude.Include.CUSTOM, JsonInclude.Include.USE_DEFAULTS, NoneFilter.class, null);

  /** Meeting times are written {@code HH:mm}, as the registry writes them. */
  private static final JsonFormat.Value HOURS_AND_MINUTES = JsonFormat.Value.forPattern("HH:mm");

  public static final Codec STRICT = new Codec(true);
  public static final Codec LENIENT = new Codec(false);

  private final boolean strict;

  /** Built on first use: most callers need one of them, and a cold mapper costs milliseconds. */
  private final Lazy<ObjectMapper> yaml;

  private final Lazy<ObjectMapper> json;

  private Codec(boolean strict) {
    this.strict = strict;
    this.yaml = Lazy.of(() -> buildYaml(strict));
    this.json = Lazy.of(() -> configure(JsonMapper.builder(), strict).build());
  }

  private static ObjectMapper buildYaml(boolean strict) {
    YAMLFactory yamlFactory =
        YAMLFactory.builder()
            .enable(
                YAMLWriteFeature.MINIMIZE_QUOTES,
                YAMLWriteFeature.LITERAL_BLOCK_STYLE,
                YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER, YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLReadFeature.EMPTY_STRING_AS_NULL)
            .stringQuotingChecker(new Yaml11Quoting())
            .build();
    return configure(YAMLMapper.builder(yamlFactory), strict).build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(
      B builder, boolean strict) {
    return builder
        .propertyNamingStrategy(Keys.NAMING)
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, strict)
        .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(MapperFeature.ACCEPT_CASE_INSENSITIVE_ENUMS)
        .enable(EnumFeature.WRITE_ENUMS_TO_LOWERCASE)
        .changeDefaultPropertyInclusion(
            include -> include.withValueInclusion(JsonInclude.Include.NON_EMPTY))
        .withConfigOverride(
            List.class, o -> o.setNullHandling(JsonSetter.Value.forContentNulls(Nulls.FAIL)))
        .withConfigOverride(LocalTime.class, o -> o.setFormat(HOURS_AND_MINUTES))
        .withConfigOverride(Leadership.class, o -> o.setIncludeAsProperty(OMIT_WHEN_NONE))
        .withConfigOverride(Contact.class, o -> o.setIncludeAsProperty(OMIT_WHEN_NONE));
  }

  /** Tells Jackson which values to leave out: it calls {@code equals} with each one. */
  static final class NoneFilter {
    @Override
    public boolean equals(Object value) {
      return Leadership.none().equals(value) || Contact.none().equals(value);
    }

    @Override
    public int hashCode() {
      return 0;
    }
  }

  private ObjectMapper mapper(Format format) {
    return format == Format.JSON ? json.get() : yaml.get();
  }

  public TagRegistry read(byte[] content, String source, Format format) {
    ObjectMapper mapper = mapper(format);
    YamlProblems.invalidUtf8(content)
        .ifPresent(
            problem -> {
              throw new TagFileException(
                  source, problem.line(), problem.column(), "", problem.message());
            });
    try {
      Layout layout = layout(mapper, content, source);
      if (layout == Layout.SINGLE_TAG) {
        return TagRegistry.of(mapper.readValue(content, Tag.class));
      }
      RegistryFile file = mapper.readValue(content, RegistryFile.class);
      emptyEntry(file.tags(), "tags", mapper, content, source);
      emptyEntry(file.tocSubprojects(), "toc_subprojects", mapper, content, source);
      return new TagRegistry(Layout.REGISTRY, file.tags(), file.tocSubprojects());
    } catch (JacksonException e) {
      throw Problems.describe(e, mapper, content, source);
    }
  }

  /** A {@code - } with nothing after it in a root list, located like other reading errors. */
  private static void emptyEntry(
      List<?> entries, String key, ObjectMapper mapper, byte[] content, String source) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null) {
        String pointer = "/" + key + "/" + i;
        var at = SourcePositions.of(mapper, content, pointer);
        throw new TagFileException(
            source,
            at.line(),
            at.column(),
            pointer,
            "entry " + (i + 1) + " of '" + key + "' is empty");
      }
    }
  }

  /** A bare YAML parser factory, for reading tokens without a mapper. */
  private static final Lazy<YAMLFactory> TOKENS = Lazy.of(() -> YAMLFactory.builder().build());

  /**
   * The first problem of the text itself: invalid UTF-8 or malformed YAML; see {@code TagReader}.
   */
  public static Optional<TagFileException> syntaxProblem(byte[] content, String source) {
    Optional<YamlProblems.Problem> invalid = YamlProblems.invalidUtf8(content);
    if (invalid.isEmpty()) {
      try (JsonParser parser = TOKENS.get().createParser(ObjectReadContext.empty(), content)) {
        while (parser.nextToken() != null) {
          // every token is read, none is kept
        }
      } catch (StreamConstraintsException e) {
        return Optional.empty(); // a limit of the reader, not of the text's syntax
      } catch (JacksonException e) {
        invalid = Optional.of(YamlProblems.malformed(e));
      }
    }
    return invalid.map(
        problem ->
            new TagFileException(source, problem.line(), problem.column(), "", problem.message()));
  }

  /** Whether a root mapping is a registry's: it has {@code tags} or {@code toc_subprojects}. */
  static boolean isRegistry(Map<?, ?> root) {
    return root.containsKey("tags") || root.containsKey("toc_subprojects");
  }

  /**
   * The model of a tree that was parsed already ({@link io.github.tagkit.model.TagReader#read(Map,
   * String)}): no second parse.
   *
   * @throws TagFileException when the tree does not bind, with its pointer (positions are the
   *     caller's: it parsed the text)
   */
  public TagRegistry read(Map<String, ?> tree, String source) {
    TagRegistry bound = TreeBinding.read(tree, strict);
    return bound != null ? bound : readWithJackson(tree, source);
  }

  /** {@link #read(Map, String)} by Jackson alone. */
  TagRegistry readWithJackson(Map<String, ?> plain, String source) {
    ObjectMapper mapper = json.get(); // binding a tree reads no text: no YAML mapper needed
    JsonNode tree = PlainTree.toNode(plain);
    try {
      if (isRegistry(plain)) {
        RegistryFile file = mapper.treeToValue(tree, RegistryFile.class);
        emptyEntry(file.tags(), "tags", mapper, new byte[0], source);
        emptyEntry(file.tocSubprojects(), "toc_subprojects", mapper, new byte[0], source);
        return new TagRegistry(Layout.REGISTRY, file.tags(), file.tocSubprojects());
      }
      return TagRegistry.of(mapper.treeToValue(tree, Tag.class));
    } catch (JacksonException e) {
      throw Problems.describe(e, mapper, new byte[0], source);
    }
  }

  /** The root shape, from the first key: {@code tags} or {@code toc_subprojects} is a registry. */
  private static Layout layout(ObjectMapper mapper, byte[] content, String source) {
    try (JsonParser parser = mapper.createParser(content)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new TagFileException(source, 0, 0, "", "the file is empty: expected TAG metadata");
      }
      if (first != JsonToken.START_OBJECT) {
        var at = SourcePositions.Position.of(parser.currentTokenLocation());
        throw new TagFileException(
            source,
            at.line(),
            at.column(),
            "",
            "expected a mapping at the root (tags: and toc_subprojects: for a registry, or the keys"
                + " of one TAG), not "
                + Problems.describe(first));
      }
      if (parser.nextToken() != JsonToken.PROPERTY_NAME
          || REGISTRY_KEYS.contains(parser.currentName())) {
        return Layout.REGISTRY;
      }
      String key = parser.currentName();
      if (!Keys.of(Tag.class).contains(key)) {
        String near = Suggestions.hint(key, List.copyOf(REGISTRY_KEYS));
        if (near.startsWith("; did you mean")) {
          var at = SourcePositions.Position.of(parser.currentTokenLocation());
          throw new TagFileException(
              source,
              at.line(),
              at.column(),
              "/" + key,
              "unknown key '" + key + "' at the root" + near);
        }
      }
      return Layout.SINGLE_TAG;
    }
  }

  public String write(TagRegistry registry, Format format) {
    Object root =
        registry.layout() == Layout.SINGLE_TAG
            ? registry.tags().get(0)
            : new RegistryFile(registry.tags(), registry.tocSubprojects());
    return mapper(format).writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Turns Jackson's errors into messages in the user's terms. */
  static final class Problems {
    private Problems() {}

    static TagFileException describe(
        JacksonException e, ObjectMapper mapper, byte[] content, String source) {
      List<Object> path =
          e.getPath().stream()
              .map(r -> r.getPropertyName() != null ? r.getPropertyName() : r.getIndex())
              .collect(Collectors.toList());
      String pointer = SourcePositions.pointer(path);
      String subject = subject(path);
      if (e instanceof UnrecognizedPropertyException unknown) {
        String parent = SourcePositions.pointer(path.subList(0, Math.max(0, path.size() - 1)));
        return atKey(
            source,
            mapper,
            content,
            pointer,
            "unknown key '"
                + unknown.getPropertyName()
                + "' "
                + (parent.isEmpty() ? "at the root" : "in " + parent)
                + Suggestions.hint(unknown.getPropertyName(), unknown.getKnownPropertyIds()));
      }
      if (e instanceof InvalidNullException) {
        return atValue(source, e, mapper, content, pointer, subject + " is empty");
      }
      if (e instanceof InvalidFormatException invalid) {
        String value = String.valueOf(invalid.getValue());
        return atValue(
            source,
            e,
            mapper,
            content,
            pointer,
            value.isEmpty()
                ? subject + " is empty"
                : subject
                    + " is '"
                    + value
                    + "', which is not "
                    + expected(invalid.getTargetType()));
      }
      if (e instanceof ValueInstantiationException instantiation) {
        Throwable cause = instantiation.getCause() != null ? instantiation.getCause() : e;
        String where =
            path.isEmpty() ? " at the root" : subject.startsWith("entry") ? " in " + subject : "";
        return atKey(source, mapper, content, pointer, cause.getMessage() + where);
      }
      if (e instanceof MismatchedInputException mismatch
          && String.valueOf(e.getOriginalMessage()).startsWith("Trailing token")) {
        return atValue(
            source,
            e,
            mapper,
            content,
            pointer,
            "the file holds more than one YAML document; keep the metadata in one");
      }
      if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
        JsonToken token = mismatch.getCurrentToken();
        return atValue(
            source,
            e,
            mapper,
            content,
            pointer,
            subject
                + " must be "
                + expected(mismatch.getTargetType())
                + (token != null ? ", not " + describe(token) : ""));
      }
      if (e instanceof StreamReadException && YamlProblems.isYamlSyntax(e)) {
        YamlProblems.Problem problem = YamlProblems.malformed(e);
        return new TagFileException(
            source, problem.line(), problem.column(), pointer, problem.message());
      }
      String message = YamlProblems.firstLine(e.getOriginalMessage());
      var position = SourcePositions.Position.of(e.getLocation());
      var duplicate = DUPLICATE.matcher(message);
      if (duplicate.matches()) {
        String key = duplicate.group(1);
        message = "duplicate key '" + key + "' in " + (pointer.isEmpty() ? "the root" : pointer);
        position = SourcePositions.onLine(content, position, key);
        pointer = pointer + "/" + key;
      } else if (e instanceof StreamReadException) {
        YamlProblems.Problem problem = YamlProblems.malformed(e);
        return new TagFileException(
            source, problem.line(), problem.column(), pointer, problem.message());
      }
      return new TagFileException(source, position.line(), position.column(), pointer, message);
    }

    private static final Pattern DUPLICATE = Pattern.compile("Duplicate Object property \"(.*)\"");

    /** The value at fault in the user's words: 'chairs', entry 2 of 'meetings', the root. */
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

    /** Located at the key that holds the value at {@code pointer}. */
    private static TagFileException atKey(
        String source, ObjectMapper mapper, byte[] content, String pointer, String problem) {
      var position = SourcePositions.of(mapper, content, pointer);
      return new TagFileException(source, position.line(), position.column(), pointer, problem);
    }

    /**
     * Located at the token the parser stood on when it failed (the value of the wrong type) or,
     * failing that, at the key of the value at {@code pointer}.
     */
    private static TagFileException atValue(
        String source,
        JacksonException e,
        ObjectMapper mapper,
        byte[] content,
        String pointer,
        String problem) {
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
}
