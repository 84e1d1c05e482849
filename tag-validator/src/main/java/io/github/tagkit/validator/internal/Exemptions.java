package io.github.tagkit.validator.internal;

import io.github.tagkit.model.internal.Suggestions;
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

  /** The exemptions in {@code file}; a missing file is a configuration error. */
  public static Exemptions file(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException("exemptions file " + file + " does not exist");
    }
    return new Exemptions(file);
  }

  /** One exemption and where it is written. */
  record Entry(
      String rule,
      Optional<String> group,
      Optional<String> pointer,
      Optional<String> file,
      String at,
      Position position) {
    boolean matches(Engine.Raw raw) {
      return rule.equals(raw.ruleId())
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
    private final List<Engine.Raw> problems;
    private final String source;
    private final Set<Entry> used = Collections.newSetFromMap(new ConcurrentHashMap<>());

    Loaded(List<Entry> entries, List<Engine.Raw> problems, String source) {
      this.entries = entries;
      this.problems = problems;
      this.source = source;
    }

    List<Engine.Raw> problems() {
      return problems;
    }

    boolean exempts(Engine.Raw raw) {
      boolean exempt = false;
      for (Entry entry : entries) {
        if (entry.matches(raw)) {
          used.add(entry);
          exempt = true;
        }
      }
      return exempt;
    }

    List<Engine.Raw> unused() {
      List<Engine.Raw> unused = new ArrayList<>();
      for (Entry entry : entries) {
        if (!used.contains(entry)) {
          unused.add(
              new Engine.Raw(
                  Checks.UNUSED_EXEMPTION.id(),
                  source,
                  entry.at(),
                  entry.position(),
                  "exemption from " + entry.rule() + " matches no finding; remove it",
                  ""));
        }
      }
      return unused;
    }
  }

  Loaded load(Function<Path, String> display) {
    if (file == null) {
      return new Loaded(List.of(), List.of(), "");
    }
    String name = display.apply(file);
    List<Engine.Raw> problems = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    byte[] content;
    try {
      content = Files.readAllBytes(file);
    } catch (IOException e) {
      problems.add(
          new Engine.Raw(
              Checks.UNREADABLE_FILE.id(), name, "", Position.NONE, "cannot be read: " + e, ""));
      return new Loaded(entries, problems, name);
    }
    SourceDocument document = SourceDocument.parse(content);
    for (SourceDocument.Problem p : document.problems()) {
      problems.add(new Engine.Raw(p.ruleId(), name, p.pointer(), p.position(), p.message(), ""));
    }
    JsonNode list = document.root().map(root -> root.path("exemptions")).orElse(null);
    if (list == null || !list.isArray()) {
      if (document.root().isPresent()) {
        problems.add(
            new Engine.Raw(
                Checks.INVALID_EXEMPTION.id(),
                name,
                "",
                document.position(""),
                "expected a list under 'exemptions:'",
                ""));
      }
      return new Loaded(entries, problems, name);
    }
    List<String> ruleIds = Checks.ALL.stream().map(RuleInfo::id).toList();
    for (int i = 0; i < list.size(); i++) {
      String at = "/exemptions/" + i;
      JsonNode node = list.get(i);
      Position position = document.position(at);
      for (Map.Entry<String, JsonNode> property : node.properties()) {
        if (!KEYS.contains(property.getKey())) {
          problems.add(
              new Engine.Raw(
                  Checks.UNKNOWN_KEY.id(),
                  name,
                  at + "/" + property.getKey(),
                  document.position(at + "/" + property.getKey()),
                  "unknown key '"
                      + property.getKey()
                      + "' in "
                      + at
                      + Suggestions.hint(property.getKey(), KEYS),
                  ""));
        }
      }
      String rule = text(node, "rule").orElse("");
      Optional<String> group = text(node, "group");
      Optional<String> pointer = text(node, "pointer");
      Optional<String> reason = text(node, "reason");
      if (!ruleIds.contains(rule)) {
        problems.add(
            new Engine.Raw(
                Checks.INVALID_EXEMPTION.id(),
                name,
                at + "/rule",
                document.position(at + "/rule"),
                rule.isEmpty()
                    ? "exemption names no rule; add 'rule:'"
                    : "exemption names unknown rule '"
                        + rule
                        + "'"
                        + Suggestions.hint(rule, ruleIds),
                ""));
        continue;
      }
      if (group.isEmpty() && pointer.isEmpty()) {
        problems.add(
            new Engine.Raw(
                Checks.INVALID_EXEMPTION.id(),
                name,
                at,
                position,
                "exemption from " + rule + " names no target; add 'group:' (a dir) or 'pointer:'",
                ""));
        continue;
      }
      if (reason.isEmpty()) {
        problems.add(
            new Engine.Raw(
                Checks.EXEMPTION_REASON.id(),
                name,
                at,
                position,
                "exemption from "
                    + rule
                    + " gives no reason; add 'reason:' saying why it is granted",
                ""));
        continue;
      }
      entries.add(new Entry(rule, group, pointer, text(node, "file"), at, position));
    }
    return new Loaded(entries, problems, name);
  }

  private static Optional<String> text(JsonNode node, String key) {
    JsonNode value = node.get(key);
    return value == null || value.isNull() || !value.isValueNode()
        ? Optional.empty()
        : Optional.of(value.asString().strip()).filter(s -> !s.isEmpty());
  }
}
