package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Suggestions;
import io.github.tagkit.validator.RuleInfo;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Exceptions granted with a reason, from a file such as {@code .tagkit.yaml}:
 *
 * <pre>
 * exemptions:
 *   - rule: require-toc-liaison
 *     group: mentoring-subproject        # a group's dir, and/or
 *     pointer: /toc_subprojects/1        # the value (and what it holds)
 *     file: tags.yaml                    # optional: only in this file
 *     reason: Run by CNCF staff, who report to the TOC directly.
 * </pre>
 *
 * An exemption without a reason is itself an error, and one that matches no finding is reported so
 * that exemptions do not outlive their cause.
 */
public final class Exemptions {
  public static final Exemptions NONE = new Exemptions(null);

  private static final Set<String> KEYS = Set.of("rule", "group", "pointer", "file", "reason");

  private final Path file;

  private Exemptions(Path file) {
    this.file = file;
  }

  /** The exemptions in {@code file}, read when a validation starts. */
  public static Exemptions file(Path file) {
    return new Exemptions(file);
  }

  /** One exemption and where it is written. */
  record Entry(
      String rule,
      Optional<String> group,
      Optional<String> pointer,
      Optional<String> file,
      String reason,
      String at,
      Position position) {
    boolean matches(RawFinding raw) {
      return rule.equals(raw.check().id())
          && file.map(f -> f.equals(raw.file())).orElse(true)
          && group.map(g -> g.equals(raw.group())).orElse(true)
          && pointer
              .map(p -> raw.pointer().equals(p) || raw.pointer().startsWith(p + "/"))
              .orElse(true);
    }
  }

  /** The exemptions of one run: what they exempt, and which were used. */
  public static final class Loaded {
    private final List<Entry> entries;
    private final List<RawFinding> problems;
    private final String source;
    private final Set<Entry> used = Collections.newSetFromMap(new ConcurrentHashMap<>());

    Loaded(List<Entry> entries, List<RawFinding> problems, String source) {
      this.entries = entries;
      this.problems = problems;
      this.source = source;
    }

    List<RawFinding> problems() {
      return problems;
    }

    /** The reason of the first exemption that exempts {@code raw}; every one that does is used. */
    Optional<String> exemption(RawFinding raw) {
      Optional<String> reason = Optional.empty();
      for (Entry entry : entries) {
        if (entry.matches(raw)) {
          used.add(entry);
          reason = reason.or(() -> Optional.of(entry.reason()));
        }
      }
      return reason;
    }

    List<RawFinding> unused() {
      List<RawFinding> unused = new ArrayList<>();
      for (Entry entry : entries) {
        if (!used.contains(entry)) {
          unused.add(
              new RawFinding(
                  BuiltInChecks.UNUSED_EXEMPTION,
                  source,
                  entry.at(),
                  entry.position(),
                  "exemption from " + entry.rule() + " matches no finding; remove it"));
        }
      }
      return unused;
    }
  }

  /** The exemptions, checked against the rules of {@code rules}. */
  Loaded load(Function<Path, String> display, RuleSet rules) {
    if (file == null) {
      return new Loaded(List.of(), List.of(), "");
    }
    String name = display.apply(file);
    List<RawFinding> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(RawFinding.ofFile(BuiltInChecks.UNREADABLE_FILE, name, "cannot be read: " + e));
      return new Loaded(entries, problems, name);
    }
    SourceDocument document = SourceDocument.parse(content, Limits.DEFAULT, name);
    problems.addAll(document.problems());
    JsonNode list = document.root().map(root -> root.path("exemptions")).orElse(null);
    if (list == null || !list.isArray()) {
      if (document.root().isPresent()) {
        problems.add(
            new RawFinding(
                BuiltInChecks.INVALID_EXEMPTION,
                name,
                "",
                document.position(""),
                "expected a list under 'exemptions:'"));
      }
      return new Loaded(entries, problems, name);
    }
    Reading reading = new Reading(document, name, rules.ids(), problems);
    for (int i = 0; i < list.size(); i++) {
      reading.entry(list.get(i), Pointers.child("/exemptions", i)).ifPresent(entries::add);
    }
    return new Loaded(entries, problems, name);
  }

  /**
   * Reads the entries of one exemptions file, adding what is wrong with them to {@code problems}.
   */
  private record Reading(
      SourceDocument document, String name, List<String> ruleIds, List<RawFinding> problems) {

    /** The exemption at {@code at}, or empty when it is unusable (and a problem says why). */
    Optional<Entry> entry(JsonNode node, String at) {
      unknownKeys(node, at);
      String rule = text(node, "rule").orElse("");
      Optional<String> group = text(node, "group");
      Optional<String> pointer = text(node, "pointer");
      if (!ruleIds.contains(rule)) {
        problem(
            BuiltInChecks.INVALID_EXEMPTION,
            at + "/rule",
            rule.isEmpty()
                ? "exemption names no rule; add 'rule:'"
                : "exemption names unknown rule '" + rule + "'" + Suggestions.hint(rule, ruleIds));
      } else if (group.isEmpty() && pointer.isEmpty()) {
        problem(
            BuiltInChecks.INVALID_EXEMPTION,
            at,
            "exemption from " + rule + " names no target; add 'group:' (a dir) or 'pointer:'");
      } else if (text(node, "reason").isEmpty()) {
        problem(
            BuiltInChecks.EXEMPTION_REASON,
            at,
            "exemption from " + rule + " gives no reason; add 'reason:' saying why it is granted");
      } else {
        return Optional.of(
            new Entry(
                rule,
                group,
                pointer,
                text(node, "file"),
                text(node, "reason").orElseThrow(),
                at,
                document.position(at)));
      }
      return Optional.empty();
    }

    private void unknownKeys(JsonNode node, String at) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String key = property.getKey();
        if (!KEYS.contains(key)) {
          problem(
              BuiltInChecks.UNKNOWN_KEY,
              Pointers.child(at, key),
              "unknown key '" + key + "' in " + at + Suggestions.hint(key, KEYS));
        }
      }
    }

    private void problem(RuleInfo check, String pointer, String message) {
      problems.add(new RawFinding(check, name, pointer, document.position(pointer), message));
    }
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || !value.isValueNode()
        ? Optional.empty()
        : Optional.of(value.asString().strip()).filter(s -> !s.isEmpty());
  }
}
