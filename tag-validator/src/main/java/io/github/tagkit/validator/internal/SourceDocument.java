package io.github.tagkit.validator.internal;

import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Fix;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The validator's view of a {@link MetadataDocument}, the one parse of a file every goal shares:
 * its tree as the schema validator takes it, its problems as findings of the built-in checks, and
 * positions as findings carry them.
 */
final class SourceDocument {
  private final MetadataDocument document;
  private final JsonNode root;
  private final List<RawFinding> problems = new ArrayList<>();

  private SourceDocument(MetadataDocument document) {
    this.document = document;
    this.root = document.readable() ? document.unwrap(JsonNode.class) : null;
    for (MetadataDocument.Problem problem : document.problems()) {
      problems.add(
          new RawFinding(
              check(problem.kind()),
              document.source(),
              problem.pointer(),
              position(problem.position()),
              problem.message()));
    }
  }

  /**
   * Parses {@code content}, which findings call {@code file}; never throws for bad content: see
   * {@link #problems()}.
   */
  static SourceDocument parse(byte[] content, Limits limits, String file) {
    return new SourceDocument(
        MetadataDocument.parse(content, file, limits.maxNestingDepth(), limits.maxStringLength()));
  }

  private static RuleInfo check(MetadataDocument.ProblemKind kind) {
    return switch (kind) {
      case EMPTY -> BuiltInChecks.EMPTY_FILE;
      case SYNTAX -> BuiltInChecks.YAML_SYNTAX;
      case DUPLICATE_KEY -> BuiltInChecks.DUPLICATE_KEY;
      case ALIAS -> BuiltInChecks.YAML_ALIAS;
      case RESOURCE_LIMIT -> BuiltInChecks.RESOURCE_LIMIT;
    };
  }

  private static Position position(MetadataDocument.Position position) {
    return position.line() < 1 ? Position.NONE : new Position(position.line(), position.column());
  }

  /** The parsed file, for the model's reader. */
  MetadataDocument document() {
    return document;
  }

  /** The file as findings name it. */
  String file() {
    return document.source();
  }

  /** The file's text, without a byte order mark. */
  String text() {
    return document.text();
  }

  /**
   * {@code raw} with its fix's replacement worked out from this file's text when a report first
   * asks for it (SARIF does; a log or a text report never does, so a plain validation builds no
   * editor); the text is kept for that only while such a finding is.
   */
  RawFinding resolved(RawFinding raw) {
    if (raw.fix().isEmpty()) {
      return raw;
    }
    Fix fix = raw.fix().get();
    MetadataDocument read = document;
    return raw.withFix(fix.withReplacement(() -> Fixes.replacement(fix, read)));
  }

  /** The parsed tree; absent when the text could not be parsed at all. */
  Optional<JsonNode> root() {
    return Optional.ofNullable(root);
  }

  /** The problems of the text itself, in the order they were found. */
  List<RawFinding> problems() {
    return problems;
  }

  /**
   * Where the value at {@code pointer} is: the position of its key, or of the value for list
   * entries and the root; for a pointer the file lacks, its nearest ancestor that it has.
   */
  Position position(String pointer) {
    return position(document.position(pointer));
  }

  /** Where the value itself at {@code pointer} starts (for a key, where its value starts). */
  Position valuePosition(String pointer) {
    return position(document.valuePosition(pointer));
  }
}
