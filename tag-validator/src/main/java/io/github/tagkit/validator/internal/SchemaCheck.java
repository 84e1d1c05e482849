package io.github.tagkit.validator.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Dialects;
import com.networknt.schema.path.NodePath;
import com.networknt.schema.resource.IriResourceLoader;
import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Suggestions;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Fix;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import tools.jackson.databind.JsonNode;

/**
 * The JSON Schema check: the schema is compiled once per process and shared (networknt's {@link
 * Schema} is thread-safe), format assertions are on, and no {@code $ref} is ever fetched from the
 * network. Each error becomes a finding in the user's terms, at the key it is about.
 */
public final class SchemaCheck {
  /** The schema's classpath resource and its stable {@code $id}. */
  public static final String RESOURCE = "/io/github/tagkit/validator/tag-metadata.schema.json";

  public static final String ID = "https://tagkit.github.io/schema/tag-metadata/v1.json";

  /**
   * Draft 2020-12 with {@code enum} validators made on first use ({@link DeferredEnum}); in a
   * holder, so that {@link #prepare()} leaves building it to the thread it starts.
   */
  private static final class Draft202012 {
    static final Dialect DIALECT =
        Dialect.builder(Dialects.getDraft202012()).keyword(new DeferredEnum()).build();
  }

  /** The compiled schema: compiled by whichever thread asks first, then shared. */
  private static final FutureTask<SchemaCheck> COMPILED = new FutureTask<>(SchemaCheck::new);

  private static final AtomicBoolean STARTED = new AtomicBoolean();

  private final JsonNode schemaTree;
  private final Schema schema;

  private SchemaCheck() {
    this.schemaTree = tree(resource());
    this.schema = offline(builder -> {}).getSchema(SchemaLocation.of(ID), schemaTree);
    this.schema.initializeValidators();
  }

  /**
   * A draft 2020-12 registry that never loads a schema from the network: no {@code $ref} is fetched
   * over http(s), and format assertions are on.
   */
  public static SchemaRegistry offline(java.util.function.Consumer<SchemaRegistry.Builder> more) {
    return SchemaRegistry.withDefaultDialect(
        Draft202012.DIALECT,
        builder -> {
          builder
              .resourceLoaders(
                  loaders ->
                      loaders.values(list -> list.removeIf(IriResourceLoader.class::isInstance)))
              .schemaRegistryConfig(
                  SchemaRegistryConfig.builder()
                      .formatAssertionsEnabled(true)
                      .locale(Locale.ROOT)
                      .build());
          more.accept(builder);
        });
  }

  /**
   * Starts compiling the schema on a thread of its own unless that has begun already. Loading the
   * schema library and compiling takes a cold process longer than reading and binding a file, and
   * the two need not wait for each other: a validation calls this first, reads and binds its first
   * file meanwhile, and then {@link #get()} waits only for what is left.
   */
  public static void prepare() {
    if (!COMPILED.isDone() && STARTED.compareAndSet(false, true)) {
      Thread thread = new Thread(COMPILED, "tagkit-schema");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /** The compiled schema; compiles it in this thread unless another thread is doing so. */
  public static SchemaCheck get() {
    COMPILED.run(); // returns at once when the task has run or is running elsewhere
    boolean interrupted = false;
    try {
      while (true) {
        try {
          return COMPILED.get();
        } catch (InterruptedException e) {
          interrupted = true;
        } catch (ExecutionException e) {
          Throwable cause = e.getCause();
          if (cause instanceof RuntimeException runtime) {
            throw runtime;
          }
          if (cause instanceof java.lang.Error error) {
            throw error;
          }
          throw new IllegalStateException("cannot compile the schema", cause);
        }
      }
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The schema's tree, read as every metadata file is: no mapper is built for it. */
  static JsonNode tree(String json) {
    MetadataDocument document =
        MetadataDocument.parse(json.getBytes(StandardCharsets.UTF_8), RESOURCE);
    if (!document.problems().isEmpty()) {
      throw new IllegalStateException(
          "the schema does not read: " + document.problems().get(0).message());
    }
    return document.unwrap(JsonNode.class);
  }

  /** The schema's text, as shipped. */
  public static String resource() {
    try (InputStream in = SchemaCheck.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("schema resource missing: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every schema violation of {@code document}, as findings located in its file. */
  List<RawFinding> check(SourceDocument document, String file) {
    List<RawFinding> findings = new ArrayList<>();
    for (Error error : schema.validate(document.root().orElseThrow())) {
      findings.add(document.resolved(describe(error, document, file)));
    }
    return findings;
  }

  /** A finding of {@code check} located at the value at {@code pointer} itself, or at its key. */
  private static RawFinding finding(
      SourceDocument document,
      String file,
      RuleInfo check,
      String pointer,
      boolean atValue,
      String message) {
    Position position = atValue ? document.valuePosition(pointer) : document.position(pointer);
    return new RawFinding(check, file, pointer, position, message);
  }

  /** A schema error in the user's terms. */
  private RawFinding describe(Error error, SourceDocument document, String file) {
    String pointer = pointer(error.getInstanceLocation());
    String key = lastKey(error.getInstanceLocation());
    JsonNode value = error.getInstanceNode();
    String keyword = error.getKeyword();
    return switch (keyword) {
      case "additionalProperties" -> {
        String property = error.getProperty();
        RawFinding unknownKey =
            finding(
                document,
                file,
                BuiltInChecks.UNKNOWN_KEY,
                Pointers.child(pointer, property),
                false,
                "unknown key '"
                    + property
                    + "' "
                    + (pointer.isEmpty() ? "at the root" : "in " + pointer)
                    + Suggestions.hint(property, allowedKeys(error)));
        yield Suggestions.only(property, allowedKeys(error))
            .map(
                known ->
                    unknownKey.withFix(Fix.renameKey(Pointers.child(pointer, property), known)))
            .orElse(unknownKey);
      }
      case "required" ->
          finding(
              document,
              file,
              BuiltInChecks.REQUIRED_KEY,
              pointer,
              false,
              "'"
                  + error.getProperty()
                  + "' is required in "
                  + (pointer.isEmpty() ? "the root" : key));
      case "type" ->
          finding(
              document,
              file,
              BuiltInChecks.WRONG_TYPE,
              pointer,
              true,
              key + " must be " + types(error.getSchemaNode()) + ", not " + describe(value));
      case "pattern", "format" -> {
        RawFinding invalid =
            finding(
                document,
                file,
                BuiltInChecks.INVALID_FORMAT,
                pointer,
                true,
                key
                    + " is '"
                    + text(value)
                    + "', which is not "
                    + title(error)
                    + (keyword.equals("format")
                        ? DateProblems.whyNot(text(value)).map(why -> ": " + why).orElse("")
                        : ""));
        yield repaired(error, keyword, text(value))
            .map(fixed -> invalid.withFix(Fix.setValue(pointer, fixed)))
            .orElse(invalid);
      }
      case "enum" ->
          finding(
              document,
              file,
              BuiltInChecks.INVALID_VALUE,
              pointer,
              true,
              key
                  + " is '"
                  + text(value)
                  + "', which is not one of "
                  + StreamSupport.stream(error.getSchemaNode().spliterator(), false)
                      .filter(JsonNode::isValueNode)
                      .filter(n -> !n.isNull())
                      .map(n -> n.asString())
                      .filter(s -> s.equals(s.toLowerCase(Locale.ROOT)))
                      .collect(Collectors.joining(", ")));
      default ->
          finding(
              document,
              file,
              BuiltInChecks.INVALID_VALUE,
              pointer,
              true,
              key + ": " + stripPath(error.getMessage()));
    };
  }

  private List<String> allowedKeys(Error error) {
    JsonNode properties =
        schemaNodeAt(parentOf(error.getSchemaLocation().getFragment().toString()))
            .path("properties");
    List<String> keys = new ArrayList<>();
    properties.propertyNames().forEach(keys::add);
    return keys;
  }

  /** The {@code title} of the schema definition a pattern or format belongs to. */
  /** A Slack channel's page where its ID belongs: {@code .../archives/C08KBH3RA1K}. */
  private static final java.util.regex.Pattern SLACK_ARCHIVE =
      java.util.regex.Pattern.compile("^https?://[^/\\s]+/archives/([CG][A-Z0-9]{6,})/?$");

  /**
   * The one value {@code text} was meant to be, where there is one: without the white space around
   * it (a date written {@code " 2025-07-01"}), or the channel ID of a Slack channel's page.
   */
  private Optional<String> repaired(Error error, String keyword, String text) {
    String candidate = text.strip();
    java.util.regex.Matcher archive = SLACK_ARCHIVE.matcher(candidate);
    if (archive.matches()) {
      candidate = archive.group(1);
    }
    if (candidate.equals(text) || candidate.isEmpty()) {
      return Optional.empty();
    }
    JsonNode definition =
        schemaNodeAt(parentOf(error.getSchemaLocation().getFragment().toString()));
    boolean valid;
    if (keyword.equals("format")) {
      valid =
          definition.path("format").asString("").equals("date")
              && DateProblems.whyNot(candidate).isEmpty()
              && candidate.matches("\\d{4}-\\d{2}-\\d{2}");
    } else {
      String pattern = definition.path("pattern").asString("");
      valid =
          !pattern.isEmpty() && java.util.regex.Pattern.compile(pattern).matcher(candidate).find();
    }
    return valid ? Optional.of(candidate) : Optional.empty();
  }

  private String title(Error error) {
    JsonNode definition =
        schemaNodeAt(parentOf(error.getSchemaLocation().getFragment().toString()));
    return definition.path("title").asString("valid");
  }

  private JsonNode schemaNodeAt(String fragment) {
    return schemaTree.at(fragment.startsWith("#") ? fragment.substring(1) : fragment);
  }

  private static String parentOf(String fragment) {
    int slash = fragment.lastIndexOf('/');
    return slash <= 0 ? "" : fragment.substring(0, slash);
  }

  static String pointer(NodePath path) {
    StringBuilder pointer = new StringBuilder();
    for (int i = 0; i < path.getNameCount(); i++) {
      pointer.append('/').append(Pointers.escape(String.valueOf(path.getElement(i))));
    }
    return pointer.toString();
  }

  private static String lastKey(NodePath path) {
    int count = path.getNameCount();
    if (count == 0) {
      return "the root";
    }
    Object last = path.getElement(count - 1);
    if (last instanceof Integer index) {
      return "entry " + (index + 1) + " of '" + (count > 1 ? path.getElement(count - 2) : "") + "'";
    }
    return "'" + last + "'";
  }

  private static String types(JsonNode type) {
    List<String> names = new ArrayList<>();
    if (type.isArray()) {
      type.forEach(t -> names.add(t.asString()));
    } else {
      names.add(type.asString());
    }
    names.remove("null");
    return names.stream().map(SchemaCheck::typeName).collect(Collectors.joining(" or "));
  }

  private static String typeName(String type) {
    return switch (type) {
      case "string" -> "text";
      case "array" -> "a list";
      case "object" -> "a mapping of keys";
      case "integer" -> "a whole number";
      case "number" -> "a number";
      case "boolean" -> "true or false";
      default -> type;
    };
  }

  static String describe(JsonNode value) {
    if (value == null || value.isNull() || value.isMissingNode()) {
      return "empty";
    }
    if (value.isObject()) {
      return "a mapping";
    }
    if (value.isArray()) {
      return "a list";
    }
    if (value.isBoolean()) {
      return "true/false (quote it to make it text)";
    }
    if (value.isNumber()) {
      return "a number (quote it to make it text)";
    }
    return "text";
  }

  private static String text(JsonNode value) {
    return value == null ? "" : value.isValueNode() ? value.asString() : value.toString();
  }

  private static String stripPath(String message) {
    int colon = message.indexOf(": ");
    return colon > 0 && message.startsWith("/") ? message.substring(colon + 2) : message;
  }
}
