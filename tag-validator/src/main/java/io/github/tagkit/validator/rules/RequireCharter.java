package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every group has a charter that states its mission and scope. A group's charter is its {@code
 * charter_link} (relative to the group's directory: {@code tags/<dir>/} in a registry repository,
 * the root of a per-TAG repository), else {@code charter.md} in its directory, which cncf/toc's
 * pages link for every subproject; in a registry, a group with neither is reported. Charters that
 * are URLs are not followed: nothing is fetched; a link to a file that does not exist is {@code
 * local-path-exists}'s to report.
 *
 * <p>Headings are matched the way real charters write them: a Mission section is a heading that
 * starts with "Mission" ("Mission Statement"), a Scope section one whose words are "Scope", "In
 * Scope" or "In-Scope", at any level and in any case; "Out of Scope" is not one. A charter whose
 * text is only headings or a stand-in ("Charter content here", "TBD", "TODO") is a placeholder.
 */
final class RequireCharter extends BaseRule {
  private static final Pattern HEADING = Pattern.compile("(?m)^ {0,3}#{1,6}[ \\t]+(.+?)[ \\t#]*$");
  private static final Set<String> SCOPE = Set.of("scope", "in scope");
  private static final Set<String> PLACEHOLDERS =
      Set.of("charter content here", "tbd", "todo", "to do", "coming soon", "placeholder");

  RequireCharter() {
    super(
        "require-charter",
        Severity.ERROR,
        "A group's charter (its charter_link, else charter.md in its directory) is missing, a"
            + " placeholder, or lacks a Mission or Scope section.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.repositoryRoot().isEmpty() || context.registry().isEmpty()) {
      return;
    }
    Path root = context.repositoryRoot().get();
    boolean registry = context.registry().map(TagRegistry::layout).orElse(null) == Layout.REGISTRY;
    for (LocatedGroup group : context.groups()) {
      Optional<String> link = group.group().charterLink();
      if (link.isPresent()) {
        linked(root, group, link.get(), findings);
      } else {
        Path conventional = group.directory().resolve("charter.md");
        if (Files.isRegularFile(root.resolve(conventional))) {
          read(root, conventional, group.pointer(), findings);
        } else if (registry) {
          findings.report(
              group.pointer(),
              Leaders.shown(group.group().name())
                  + " has no charter: add "
                  + slashes(conventional)
                  + " or a charter_link");
        }
      }
    }
  }

  /**
   * A charter_link that names a file of the repository: local-path-exists reports one that does
   * not.
   */
  private static void linked(Path root, LocatedGroup group, String link, FindingSink findings) {
    if (link.contains("://") || link.startsWith("#")) {
      return;
    }
    Path relative =
        group.directory().resolve(link.startsWith("./") ? link.substring(2) : link).normalize();
    if (!relative.startsWith("..")
        && !relative.isAbsolute()
        && Files.isRegularFile(root.resolve(relative))) {
      read(root, relative, group.pointer() + "/charter_link", findings);
    }
  }

  /** Reports a placeholder charter, or one without its Mission and Scope sections. */
  private static void read(Path root, Path charter, String pointer, FindingSink findings) {
    String text;
    try {
      text = Files.readString(root.resolve(charter));
    } catch (IOException e) {
      findings.report(pointer, slashes(charter) + " cannot be read: " + e.getMessage());
      return;
    }
    List<String> headings = new ArrayList<>();
    Matcher heading = HEADING.matcher(text);
    while (heading.find()) {
      headings.add(words(heading.group(1)));
    }
    String body = HEADING.matcher(text).replaceAll("").strip();
    if (body.isEmpty() || PLACEHOLDERS.contains(words(body))) {
      findings.report(
          pointer,
          slashes(charter)
              + " is a placeholder"
              + (body.isEmpty() ? " (headings only)" : " ('" + body + "')")
              + "; write the group's charter: its mission and scope");
      return;
    }
    List<String> missing = new ArrayList<>();
    if (headings.stream().noneMatch(h -> h.equals("mission") || h.startsWith("mission "))) {
      missing.add("Mission");
    }
    if (headings.stream().noneMatch(h -> SCOPE.contains(h) || h.startsWith("scope "))) {
      missing.add("Scope");
    }
    if (!missing.isEmpty()) {
      findings.report(
          pointer,
          slashes(charter)
              + " has no "
              + String.join(" or ", missing)
              + " section; a charter states both");
    }
  }

  /** A heading or text as lower-case words: "In-Scope:" is "in scope". */
  private static String words(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("[*_`]", "")
        .replaceAll("[^\\p{L}\\p{N}]+", " ")
        .strip();
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
