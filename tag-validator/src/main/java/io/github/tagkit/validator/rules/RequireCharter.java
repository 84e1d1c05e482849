package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Charter;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.RepositoryFiles;
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
import java.util.Optional;

/**
 * Every group has a charter that states its mission and scope. A group's charter is its {@code
 * charter_link} (relative to the group's directory: {@code tags/<dir>/} in a registry repository,
 * the root of a per-TAG repository), else {@code charter.md} in its directory, which cncf/toc's
 * pages link for every subproject; in a registry, a group with neither is reported. Charters that
 * are URLs are not followed: nothing is fetched; a link to a file that does not exist is {@code
 * local-path-exists}'s to report.
 *
 * <p>The charter is read into the model ({@link Charter}, which documents how headings are matched:
 * "Mission Statement" is a Mission section, "In-Scope" a Scope section, "Out of Scope" is not), and
 * its findings are made in the charter, at its title's line, so that SARIF shows them there.
 */
final class RequireCharter extends BaseRule {

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
        RepositoryFiles.Place place = RepositoryFiles.place(root, conventional);
        if (place == RepositoryFiles.Place.INSIDE) {
          read(root, conventional, group.pointer(), findings);
        } else if (place == RepositoryFiles.Place.OUTSIDE) {
          outside(conventional, group.pointer(), findings);
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
    if (relative.startsWith("..") || relative.isAbsolute()) {
      return; // local-path-exists reports a path that leaves the repository
    }
    RepositoryFiles.Place place = RepositoryFiles.place(root, relative);
    if (place == RepositoryFiles.Place.INSIDE) {
      read(root, relative, group.pointer() + "/charter_link", findings);
    } else if (place == RepositoryFiles.Place.OUTSIDE) {
      outside(relative, group.pointer() + "/charter_link", findings);
    }
  }

  /** A charter that is a symbolic link out of the repository: not read, and not published. */
  private static void outside(Path charter, String pointer, FindingSink findings) {
    findings.report(
        pointer,
        slashes(charter)
            + " is a link to a file outside the repository, which tagkit does not read or publish;"
            + " put the charter's text in the file");
  }

  /**
   * Reads the charter into the model and reports, in the charter at its title's line, a placeholder
   * or a missing Mission or Scope section.
   */
  private static void read(Path root, Path charter, String pointer, FindingSink findings) {
    Path file = root.resolve(charter);
    Charter read;
    try {
      read = Charter.read(file);
    } catch (IOException e) {
      findings.report(pointer, slashes(charter) + " cannot be read: " + e.getMessage());
      return;
    }
    int line = read.title().map(Charter.Section::line).orElse(1);
    if (read.placeholder()) {
      String shown =
          read.sections().isEmpty()
              ? text(file).map(t -> " ('" + t + "')").orElse("")
              : " (headings only)";
      findings.reportIn(
          file,
          line,
          slashes(charter)
              + " is a placeholder"
              + shown
              + "; write the group's charter: its mission and scope");
      return;
    }
    List<String> missing = new ArrayList<>();
    if (read.mission().isEmpty()) {
      missing.add("Mission");
    }
    if (read.inScope().isEmpty()) {
      missing.add("Scope");
    }
    if (!missing.isEmpty()) {
      findings.reportIn(
          file,
          line,
          slashes(charter)
              + " has no "
              + String.join(" or ", missing)
              + " section; a charter states both");
    }
  }

  /** A short placeholder's text, as the message quotes it. */
  private static Optional<String> text(Path file) {
    try {
      String text = Files.readString(file).strip();
      return text.length() <= 60 ? Optional.of(text) : Optional.empty();
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
