package io.github.tagkit.pages;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Person;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code readme-liaisons}: the "TAG / TCG Liaisons" list of the cncf/toc README, kept by hand
 * beside {@code tags.yaml}, against the TOC liaisons the registry gives each group. Each liaison of
 * the list must name exactly the groups of the registry whose {@code toc_liaison} they are (the
 * names the registry does not hold, such as TCGs, are left alone); a liaison the list lacks is
 * reported at its heading. Each finding carries the fix of its line. The README is the one beside
 * the registry; a file without that list is not checked.
 */
public final class ReadmeLiaisons implements Rule {
  private static final Pattern HEADING = Pattern.compile("^#{2,6}\\s+.*\\bLiaisons\\s*$");

  /** A GitHub handle, the only kind the list's lines and links are made of. */
  private static final Pattern HANDLE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}");

  private static final Pattern ANY_HEADING = Pattern.compile("^#{1,6}\\s");
  private static final Pattern ITEM =
      Pattern.compile(
          "^(\\s*[-*]\\s+\\*\\*(.+?)\\*\\*\\s*\\(\\[@([A-Za-z0-9-]+)\\]\\([^)]*\\)\\)\\s*(?:—|–|-|:)\\s*)(.*?)\\s*$");

  private final String fixCommand;

  /** Compares with the README beside the registry; its findings name {@code mvn tag:fix}. */
  public ReadmeLiaisons() {
    this("mvn tag:fix");
  }

  /**
   * Compares with the README beside the registry.
   *
   * @param fixCommand the command that writes the README's lines the findings give
   */
  public ReadmeLiaisons(String fixCommand) {
    this.fixCommand = java.util.Objects.requireNonNull(fixCommand, "fixCommand");
  }

  @Override
  public String id() {
    return "readme-liaisons";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "The TOC liaisons list of the README beside the registry gives a liaison other groups"
        + " than the registry does, or lacks one.";
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.registry().isEmpty()
        || context.registry().get().layout() != Layout.REGISTRY
        || context.file().isEmpty()) {
      return;
    }
    Path metadata = context.file().get().toAbsolutePath();
    Path readme = metadata.resolveSibling("README.md");
    List<String> lines;
    try {
      if (!Files.isRegularFile(readme)) {
        return;
      }
      lines = Files.readAllLines(readme, StandardCharsets.UTF_8);
    } catch (IOException e) {
      return; // not a copy this check can read: nothing to compare
    }
    int heading = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (HEADING.matcher(lines.get(i)).matches()) {
        heading = i;
        break;
      }
    }
    if (heading < 0) {
      return;
    }
    Map<String, List<String>> registry = liaisons(context);
    // which copy is newer is asked of git only when there is a finding to say it with
    java.util.function.Supplier<String> newer =
        new java.util.function.Supplier<>() {
          private String said;

          @Override
          public String get() {
            if (said == null) {
              said = newer(readme, metadata);
            }
            return said;
          }
        };
    List<String> known = new ArrayList<>();
    context.groups().forEach(g -> known.add(g.group().name()));
    String source = metadata.getFileName().toString();
    List<String> listed = new ArrayList<>();
    int last = heading;
    for (int i = heading + 1; i < lines.size() && !ANY_HEADING.matcher(lines.get(i)).find(); i++) {
      Matcher item = ITEM.matcher(lines.get(i));
      if (!item.matches()) {
        continue;
      }
      last = i;
      String handle = item.group(3);
      listed.add(handle.toLowerCase(Locale.ROOT));
      List<String> groups = split(item.group(4));
      List<String> theirs = registry.getOrDefault(key(registry, handle), List.of());
      List<String> kept = new ArrayList<>();
      List<String> extra = new ArrayList<>();
      for (String group : groups) {
        Optional<String> named = named(known, group);
        if (named.isPresent() && !theirs.contains(named.get())) {
          extra.add(group);
        } else {
          kept.add(group);
        }
      }
      List<String> missing = new ArrayList<>();
      for (String group : theirs) {
        if (groups.stream().noneMatch(g -> named(known, g).equals(Optional.of(group)))) {
          missing.add(group);
        }
      }
      if (extra.isEmpty() && missing.isEmpty()) {
        continue;
      }
      missing.forEach(group -> kept.add(markdown(group)));
      String line = lines.get(i);
      String fixed = item.group(1) + String.join(", ", kept);
      String said =
          "the README's liaison list gives @"
              + handle
              + " "
              + String.join(", ", groups)
              + "; "
              + source
              + " makes them liaison of "
              + (theirs.isEmpty() ? "no group" : String.join(", ", theirs));
      if (kept.isEmpty()) {
        findings.reportIn(
            readme,
            i + 1,
            said + ": remove the line" + newer.get(),
            Fix.editText(
                new Fix.Replacement(i + 1, 1, i + 2, 1, ""),
                "remove @" + handle + " from the README's liaison list"));
      } else {
        findings.reportIn(
            readme,
            i + 1,
            said + ": write '" + fixed.strip() + "'" + newer.get(),
            Fix.editText(
                new Fix.Replacement(i + 1, 1, i + 1, line.length() + 1, fixed),
                "list @" + handle + " with the groups of " + source));
      }
    }
    for (Map.Entry<String, List<String>> liaison : registry.entrySet()) {
      if (listed.contains(liaison.getKey().toLowerCase(Locale.ROOT))) {
        continue;
      }
      String handle = liaison.getKey();
      String name = markdown(names(context).getOrDefault(handle, handle));
      String line =
          "* **"
              + name
              + "** ([@"
              + handle
              + "](https://github.com/"
              + handle
              + ")) — "
              + String.join(
                  ", ", liaison.getValue().stream().map(ReadmeLiaisons::markdown).toList());
      findings.reportIn(
          readme,
          heading + 1,
          "the README's liaison list lacks @"
              + handle
              + ", liaison of "
              + String.join(", ", liaison.getValue())
              + " in "
              + source
              + ": add '"
              + line
              + "'"
              + newer.get(),
          Fix.editText(
              new Fix.Replacement(last + 2, 1, last + 2, 1, line + "\n"),
              "add @" + handle + " to the README's liaison list"));
    }
  }

  /**
   * Which of the README and the registry changed last, and what brings the README in line: the
   * registry is the source the list copies, so its fix is the README's line, unless the README is
   * the newer and was right.
   */
  private String newer(Path readme, Path metadata) {
    LastChange.Dates dates =
        LastChange.Dates.of(
            LastChange.of(readme), LastChange.of(metadata), metadata.getFileName().toString());
    String fix = "'" + fixCommand + "' writes it";
    if (dates.pageNewer().isEmpty()) {
      return " (" + fix + ")";
    }
    return dates.pageNewer().get()
        ? " (the README is newer: "
            + dates.evidence().replace("the page", "README.md")
            + "; if it is right, correct toc_liaison in the registry instead; else "
            + fix
            + ")"
        : " (the registry is newer: "
            + dates.evidence().replace("the page", "README.md")
            + "; "
            + fix
            + ")";
  }

  /** Each liaison's handle and the names of their groups, in the registry's order. */
  private static Map<String, List<String>> liaisons(RuleContext context) {
    Map<String, List<String>> liaisons = new LinkedHashMap<>();
    for (LocatedGroup located : context.groups()) {
      for (Person person : located.group().contact().tocLiaisons()) {
        person
            .github()
            .map(String::strip)
            .filter(h -> HANDLE.matcher(h).matches()) // another is the schema's to report
            .ifPresent(
                handle ->
                    liaisons
                        .computeIfAbsent(key(liaisons, handle), h -> new ArrayList<>())
                        .add(located.group().name()));
      }
    }
    return liaisons;
  }

  private static Map<String, String> names(RuleContext context) {
    Map<String, String> names = new LinkedHashMap<>();
    for (LocatedGroup located : context.groups()) {
      for (Person person : located.group().contact().tocLiaisons()) {
        person
            .github()
            .map(String::strip)
            .ifPresent(h -> person.name().ifPresent(n -> names.putIfAbsent(h, n.strip())));
      }
    }
    return names;
  }

  /** The handle as {@code map} spells it, or {@code handle} when it has none. */
  private static String key(Map<String, ?> map, String handle) {
    return map.keySet().stream().filter(h -> h.equalsIgnoreCase(handle)).findFirst().orElse(handle);
  }

  private static List<String> split(String groups) {
    List<String> names = new ArrayList<>();
    for (String name : groups.split(",")) {
      if (!name.isBlank()) {
        names.add(name.strip());
      }
    }
    return names;
  }

  /**
   * The registry's name of the group the list names: the same words, ignoring case and spacing, or
   * with the list's "TOC ... Subproject" around a TOC subproject's name; empty for a group the
   * registry does not hold.
   */
  private static Optional<String> named(List<String> known, String listed) {
    String wanted = normal(listed);
    for (String name : known) {
      String candidate = normal(name);
      if (candidate.equals(wanted)
          || ("toc " + candidate + " subproject").equals(wanted)
          || (candidate + " subproject").equals(wanted)) {
        return Optional.of(name);
      }
    }
    return Optional.empty();
  }

  /** A name of the metadata as the README's line may hold it: one line, its markup escaped. */
  private static String markdown(String name) {
    return MarkdownEscapes.inline(name.strip().replaceAll("\\s+", " "));
  }

  private static String normal(String name) {
    return name.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }
}
