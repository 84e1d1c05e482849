package io.github.tagkit.model.internal;

import com.fasterxml.jackson.annotation.JsonFormat;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Format;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Leadership;
import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.Pointers;
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
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
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

  /**
   * The model of {@code content}, parsed once ({@link LocatedText}) and bound from that tree; every
   * problem located in the text.
   */
  public TagRegistry read(byte[] content, String source) {
    return read(LocatedText.parse(content, ReadLimits.DEFAULT), source);
  }

  /**
   * The model of a parsed text: its first problem, if it has one, as a located exception (an alias
   * is not one: it is read as its name); else its tree bound, every binding problem located at its
   * key or value.
   */
  public TagRegistry read(LocatedText text, String source) {
    // An alias is read as its name, as Jackson reads it; the validator reports it.
    Optional<MetadataDocument.Problem> first =
        text.problems().stream()
            .filter(p -> p.kind() != MetadataDocument.ProblemKind.ALIAS)
            .findFirst();
    if (first.isPresent()) {
      MetadataDocument.Problem problem = first.get();
      throw new TagFileException(
          source,
          problem.position().line(),
          problem.position().column(),
          problem.pointer(),
          (problem.kind() == MetadataDocument.ProblemKind.RESOURCE_LIMIT ? "[resource-limit] " : "")
              + problem.message());
    }
    return bind(text.root().orElseThrow(), text, source);
  }

  /** The tree of a parsed text bound, whatever problems the text had. */
  public TagRegistry bind(LocatedText text, String source) {
    return bind(text.root().orElseThrow(), text, source);
  }

  /**
   * The model of a tree that was parsed already ({@link io.github.tagkit.model.TagReader#read(Map,
   * String)}): no second parse.
   *
   * @throws TagFileException when the tree does not bind, with its pointer (positions are the
   *     caller's: it parsed the text)
   */
  public TagRegistry read(Map<String, ?> tree, String source) {
    return bind(PlainTree.toNode(tree), null, source);
  }

  /**
   * A tree of the parser's own type bound, as {@link
   * io.github.tagkit.model.TagReader#readTree(Object, String)} takes it: problems carry their
   * pointer but no line.
   */
  public TagRegistry bindTree(Object tree, String source) {
    if (tree instanceof JsonNode node) {
      return bind(node, null, source);
    }
    throw new IllegalArgumentException(
        "a tree as MetadataDocument.unwrap gives it, not " + tree.getClass().getName());
  }

  /** {@code root} bound; problems located through {@code text} when it is known, else at 0:0. */
  private TagRegistry bind(JsonNode root, LocatedText text, String source) {
    if (!(root instanceof ObjectNode object)) {
      throw new TagFileException(
          source,
          line(text, ""),
          column(text, ""),
          "",
          "expected a mapping at the root (tags: and toc_subprojects: for a registry, or the keys"
              + " of one TAG), not "
              + ReadProblem.describe(root));
    }
    boolean registry = isRegistry(object);
    if (!registry) {
      misspeltRegistry(object, text, source);
    }
    TagRegistry bound = TreeBinding.read(object, strict);
    return bound != null ? bound : readWithJackson(object, text, source);
  }

  /** {@code object} bound by Jackson alone, which stays the reference for {@link TreeBinding}. */
  TagRegistry readWithJackson(ObjectNode object, LocatedText text, String source) {
    ObjectMapper mapper = json.get(); // binding a tree reads no text: no YAML mapper needed
    try {
      if (isRegistry(object)) {
        RegistryFile file = mapper.treeToValue(object, RegistryFile.class);
        emptyEntry(file.tags(), "tags", text, source);
        emptyEntry(file.tocSubprojects(), "toc_subprojects", text, source);
        return new TagRegistry(Layout.REGISTRY, file.tags(), file.tocSubprojects());
      }
      return TagRegistry.of(mapper.treeToValue(object, Tag.class));
    } catch (JacksonException e) {
      throw ReadProblem.describe(e, text, source);
    }
  }

  private static int line(LocatedText text, String pointer) {
    return text == null ? 0 : text.position(pointer).line();
  }

  private static int column(LocatedText text, String pointer) {
    return text == null ? 0 : text.position(pointer).column();
  }

  /**
   * A single TAG's file whose first key is neither a TAG's key nor a registry's but near one of the
   * registry's: a misspelt {@code tags:}, said as such rather than as a TAG missing its keys.
   */
  private static void misspeltRegistry(ObjectNode root, LocatedText text, String source) {
    if (root.isEmpty()) {
      return;
    }
    String key = root.propertyNames().iterator().next();
    if (!Keys.of(Tag.class).contains(key)) {
      String near = Suggestions.hint(key, List.copyOf(REGISTRY_KEYS));
      if (near.startsWith("; did you mean")) {
        String pointer = Pointers.child("", key);
        throw new TagFileException(
            source,
            line(text, pointer),
            column(text, pointer),
            pointer,
            "unknown key '" + key + "' at the root" + near);
      }
    }
  }

  /** A {@code - } with nothing after it in a root list, located like other reading errors. */
  private static void emptyEntry(List<?> entries, String key, LocatedText text, String source) {
    if (entries == null) {
      return;
    }
    for (int i = 0; i < entries.size(); i++) {
      if (entries.get(i) == null) {
        String pointer = "/" + key + "/" + i;
        throw new TagFileException(
            source,
            line(text, pointer),
            column(text, pointer),
            pointer,
            "entry " + (i + 1) + " of '" + key + "' is empty");
      }
    }
  }

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

  /** Whether a root mapping is a registry's: it has {@code tags} or {@code toc_subprojects}. */
  static boolean isRegistry(ObjectNode root) {
    return root.has("tags") || root.has("toc_subprojects");
  }

  public String write(TagRegistry registry, Format format) {
    Object root =
        registry.layout() == Layout.SINGLE_TAG
            ? registry.tags().get(0)
            : new RegistryFile(registry.tags(), registry.tocSubprojects());
    return mapper(format).writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }
}
