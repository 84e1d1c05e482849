package io.github.tagkit.validator.rules;

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
import java.util.regex.Pattern;

/**
 * A charter_link that points at no file next to the group ({@code tags/<dir>/} in a registry
 * repository, the root of a per-TAG repository), or a charter without its Mission and Scope
 * sections. Links that are URLs are not followed: nothing is fetched.
 */
final class RequireCharter extends BaseRule {
  private static final Pattern HEADING = Pattern.compile("(?m)^#{1,6}\\s+(.+?)\\s*#*\\s*$");

  RequireCharter() {
    super(
        "require-charter",
        Severity.ERROR,
        "The charter named by charter_link is missing next to the group, or lacks a Mission or"
            + " Scope section.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.repositoryRoot().isEmpty()) {
      return;
    }
    Path root = context.repositoryRoot().get();
    for (LocatedGroup group : context.groups()) {
      String link = group.group().charterLink().orElse(null);
      if (link == null || link.contains("://") || link.startsWith("#")) {
        continue;
      }
      String pointer = group.pointer() + "/charter_link";
      String path = link.startsWith("./") ? link.substring(2) : link;
      Path relative = group.directory().resolve(path).normalize();
      if (relative.startsWith("..") || relative.isAbsolute()) {
        findings.report(pointer, "charter_link '" + link + "' leaves the repository");
        continue;
      }
      Path charter = root.resolve(relative);
      if (!Files.isRegularFile(charter)) {
        findings.report(
            pointer,
            "charter_link '" + link + "' names " + slashes(relative) + ", which does not exist");
        continue;
      }
      List<String> missing = missingSections(charter);
      if (!missing.isEmpty()) {
        findings.report(
            pointer,
            slashes(relative)
                + " has no "
                + String.join(" or ", missing)
                + " section; a charter states both");
      }
    }
  }

  private static List<String> missingSections(Path charter) {
    String text;
    try {
      text = Files.readString(charter);
    } catch (IOException e) {
      return List.of("readable text (" + e.getMessage() + ")");
    }
    List<String> headings = new ArrayList<>();
    HEADING.matcher(text).results().forEach(m -> headings.add(m.group(1).toLowerCase(Locale.ROOT)));
    List<String> missing = new ArrayList<>();
    for (String section : List.of("Mission", "Scope")) {
      String wanted = section.toLowerCase(Locale.ROOT);
      if (headings.stream().noneMatch(h -> h.equals(wanted) || h.startsWith(wanted + " "))) {
        missing.add(section);
      }
    }
    return missing;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
