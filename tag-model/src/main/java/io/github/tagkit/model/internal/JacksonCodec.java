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
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.deser.jdk.StringDeserializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/**
 * Reads and writes the model with Jackson, and turns every Jackson error into a {@link
 * TagFileException} that names file, line, column and the JSON pointer of the value at fault.
 * Mappers are built once and shared: they are thread-safe once configured.
 */
public final class JacksonCodec {
  private static final Set<String> REGISTRY_KEYS = Set.of("tags", "toc_subprojects");

  /** Leadership and contact blocks with nothing in them are left out, as empty lists are. */
  private static final JsonInclude.Value OMIT_WHEN_NONE =
      JsonInclude.Value.construct(
          JsonInclude.Include.CUSTOM, JsonInclude.Include.USE_DEFAULTS, NoneFilter.class, null);

  /** Meeting times are written {@code HH:mm}, as the registry writes them. */
  private static final JsonFormat.Value HOURS_AND_MINUTES = JsonFormat.Value.forPattern("HH:mm");

  public static final JacksonCodec STRICT = new JacksonCodec(true);
  public static final JacksonCodec LENIENT = new JacksonCodec(false);

  private final boolean strict;

  /** What every goal reads a file within: the validator's limits, in the same words. */
  static final StreamReadConstraints LIMITS =
      StreamReadConstraints.builder()
          .maxNestingDepth(TagReader.MAX_NESTING_DEPTH)
          .maxStringLength(TagReader.MAX_STRING_LENGTH)
          .build();

  /** Built on first use: most callers need one of them, and building a mapper is costly. */
  private final Lazy<ObjectMapper> yaml;

  private final Lazy<ObjectMapper> json;

  private JacksonCodec(boolean strict) {
    this.strict = strict;
    this.yaml = Lazy.of(() -> buildYaml(strict));
    this.json =
        Lazy.of(
            () ->
                configure(
                        JsonMapper.builder(
                            JsonFactory.builder().streamReadConstraints(LIMITS).build()),
                        strict)
                    .build());
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
            .streamReadConstraints(LIMITS)
            .build();
    return configure(YAMLMapper.builder(yamlFactory), strict).build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(
      B builder, boolean strict) {
    return builder
        .addModule(
            new SimpleModule("tagkit-limits").addDeserializer(String.class, new LimitedText()))
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

  /**
   * Text as Jackson reads it, refused when it is longer than {@link TagReader#MAX_STRING_LENGTH}:
   * Jackson's own limit on a value's length is enforced by its JSON parser, not by its YAML one.
   */
  static final class LimitedText extends StringDeserializer {
    @Override
    public String deserialize(JsonParser parser, DeserializationContext context) {
      String text = super.deserialize(parser, context);
      if (text != null && text.length() > TagReader.MAX_STRING_LENGTH) {
        throw new StreamConstraintsException(
            "String value length (" + text.length() + ") exceeds the maximum allowed",
            parser.currentTokenLocation());
      }
      return text;
    }
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
      throw ReadProblem.describe(e, mapper, content, source);
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

  /** Plain data (maps, lists, strings, numbers, null) as indented JSON, with a final newline. */
  public static String json(Object plain) {
    return tools.jackson.databind.json.JsonMapper.builder()
            .enable(tools.jackson.databind.SerializationFeature.INDENT_OUTPUT)
            .build()
            .writeValueAsString(plain)
        + "\n";
  }

  /** {@code json}, an object, as plain data: maps in key order, lists, strings, numbers, null. */
  @SuppressWarnings("unchecked")
  public static Map<String, Object> plain(String json) {
    return tools.jackson.databind.json.JsonMapper.builder().build().readValue(json, Map.class);
  }

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

  /**
   * Where reading {@code content} goes past a limit of {@link #LIMITS}: the last token read before
   * it (the parser's exception carries no location); unknown when no limit is hit.
   */
  static SourcePositions.Position limitHit(byte[] content) {
    SourcePositions.Position last = SourcePositions.Position.UNKNOWN;
    YAMLFactory limited = YAMLFactory.builder().streamReadConstraints(LIMITS).build();
    try (JsonParser parser = limited.createParser(ObjectReadContext.empty(), content)) {
      while (parser.nextToken() != null) {
        last = SourcePositions.Position.of(parser.currentTokenLocation());
      }
    } catch (JacksonException e) {
      return last;
    }
    return SourcePositions.Position.UNKNOWN;
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
      throw ReadProblem.describe(e, mapper, new byte[0], source);
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
                + ReadProblem.describe(first));
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
}
