package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Suggestions;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * The configuration file {@code .tagkit.yaml}: exceptions granted with a reason, and the level of
 * each rule that is not to report at its default:
 *
 * <pre>
 * rules:
 *   term-missing: off                    # off, info, warning or error
 *   inconsistent-person: info
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
  private static final Set<String> SECTIONS = Set.of("rules", "exemptions");

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

  /** The configuration of one run: the rules' levels, what it exempts, and which were used. */
  public static final class Loaded {
    private final List<Entry> entries;
    private final Map<String, Optional<Severity>> levels;
    private final List<RawFinding> problems;
    private final String source;
    private final Set<Entry> used = Collections.newSetFromMap(new ConcurrentHashMap<>());

    Loaded(
        List<Entry> entries,
        Map<String, Optional<Severity>> levels,
        List<RawFinding> problems,
        String source) {
      this.entries = entries;
      this.levels = levels;
      this.problems = problems;
      this.source = source;
    }

    List<RawFinding> problems() {
      return problems;
    }

    /**
     * The level of each rule the file sets, with {@code configured} (the build's settings) over
     * them: empty for a rule turned off.
     */
    Map<String, Optional<Severity>> levels(Map<String, Optional<Severity>> configured) {
      Map<String, Optional<Severity>> all = new HashMap<>(levels);
      all.putAll(configured);
      return all;
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
      return new Loaded(List.of(), Map.of(), List.of(), "");
    }
    String name = display.apply(file);
    List<RawFinding> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(RawFinding.ofFile(BuiltInChecks.UNREADABLE_FILE, name, "cannot be read: " + e));
      return new Loaded(entries, Map.of(), problems, name);
    }
    SourceDocument document = SourceDocument.parse(content, Limits.DEFAULT, name);
    problems.addAll(document.problems());
    if (document.root().isEmpty()) {
      return new Loaded(entries, Map.of(), problems, name);
    }
    JsonNode root = document.root().get();
    Reading reading = new Reading(document, name, rules.ids(), problems);
    if (!root.isObject()) {
      reading.problem(
          BuiltInChecks.INVALID_EXEMPTION, "", "expected 'rules:' and 'exemptions:' at the top");
      return new Loaded(entries, Map.of(), problems, name);
    }
    reading.unknownKeys(root, "", SECTIONS);
    Map<String, Optional<Severity>> levels = reading.levels(root.path("rules"));
    JsonNode list = root.path("exemptions");
    if (list.isArray()) {
      for (int i = 0; i < list.size(); i++) {
        reading.entry(list.get(i), Pointers.child("/exemptions", i)).ifPresent(entries::add);
      }
    } else if (!list.isMissingNode()) {
      reading.problem(
          BuiltInChecks.INVALID_EXEMPTION, "/exemptions", "expected a list under 'exemptions:'");
    } else if (!root.has("rules")) {
      reading.problem(
          BuiltInChecks.INVALID_EXEMPTION, "", "expected 'rules:' or a list under 'exemptions:'");
    }
    return new Loaded(entries, levels, problems, name);
  }

  /**
   * Reads the entries of one exemptions file, adding what is wrong with them to {@code problems}.
   */
  private record Reading(
      SourceDocument document, String name, List<String> ruleIds, List<RawFinding> problems) {

    /** The levels under {@code rules:}; each unknown rule or level is a problem and is left out. */
    Map<String, Optional<Severity>> levels(JsonNode section) {
      Map<String, Optional<Severity>> levels = new HashMap<>();
      if (section.isMissingNode()) {
        return levels;
      }
      if (!section.isObject()) {
        problem(
            BuiltInChecks.INVALID_RULE_LEVEL,
            "/rules",
            "expected rule ids with their levels under 'rules:' (term-missing: off)");
        return levels;
      }
      for (Map.Entry<String, JsonNode> property : section.properties()) {
        String rule = property.getKey();
        String at = Pointers.child("/rules", rule);
        JsonNode value = property.getValue();
        String written = value.isValueNode() ? value.asString() : value.toString();
        Optional<Optional<Severity>> level =
            value.isString() ? Levels.parse(written) : Optional.empty();
        if (!ruleIds.contains(rule)) {
          problem(
              BuiltInChecks.INVALID_RULE_LEVEL,
              at,
              "unknown rule '" + rule + "'" + Suggestions.hint(rule, ruleIds));
        } else if (level.isEmpty()) {
          problem(
              BuiltInChecks.INVALID_RULE_LEVEL,
              at,
              "rule "
                  + rule
                  + ": unknown level '"
                  + written
                  + "'; expected "
                  + String.join(", ", Levels.NAMES));
        } else {
          levels.put(rule, level.get());
        }
      }
      return levels;
    }

    /** The exemption at {@code at}, or empty when it is unusable (and a problem says why). */
    Optional<Entry> entry(JsonNode node, String at) {
      unknownKeys(node, at, KEYS);
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

    private void unknownKeys(JsonNode node, String at, Set<String> known) {
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        String key = property.getKey();
        if (!known.contains(key)) {
          problem(
              BuiltInChecks.UNKNOWN_KEY,
              Pointers.child(at, key),
              "unknown key '"
                  + key
                  + "'"
                  + (at.isEmpty() ? " at the top" : " in " + at)
                  + Suggestions.hint(key, known));
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
