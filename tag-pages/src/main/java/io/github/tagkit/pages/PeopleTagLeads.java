package io.github.tagkit.pages;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.MetadataDocument;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code people-tag-leads}: the {@code tag-leads} team of cncf/people's {@code config.yaml} (the
 * GitHub team that gives TAG leaders their access, kept by hand) against the leaders of the
 * registry. A chair, tech lead or subproject lead of a TAG, TAG subproject or TOC subproject whom
 * the team lacks is reported at the team's {@code members:}, with the line that adds them; a member
 * of the team who leads nothing in the registry any more, at their line, with its removal (for a
 * registry only: a single TAG's file does not know every leader). Each fix is an edit of that line
 * alone, so comments and order stay. Register it with {@code TagValidator.builder().rule(new
 * PeopleTagLeads(config))}; {@code tag:validate -Dtag.people=...} does.
 */
public final class PeopleTagLeads implements Rule {
  private static final String TEAM = "tag-leads";
  private static final List<Role> LEADING =
      List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD);

  /** A GitHub handle, the only kind a line of the team is made of. */
  private static final java.util.regex.Pattern HANDLE =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9-]{0,38}");

  private final Path config;

  /**
   * Compares with the teams of {@code config}, cncf/people's {@code config.yaml}.
   *
   * @param config cncf/people's {@code config.yaml}
   */
  public PeopleTagLeads(Path config) {
    this.config = Objects.requireNonNull(config, "config");
  }

  @Override
  public String id() {
    return "people-tag-leads";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "The tag-leads team of cncf/people's config.yaml lacks a leader of the metadata, or"
        + " lists someone who leads nothing in it.";
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.registry().isEmpty()) {
      return;
    }
    MetadataDocument people;
    try {
      people = MetadataDocument.read(config);
    } catch (IOException | TagFileException e) {
      findings.reportIn(config, 0, config + " cannot be read: " + e.getMessage());
      return;
    }
    if (!people.readable()) {
      people.problems().stream()
          .findFirst()
          .ifPresent(
              p -> findings.reportIn(config, p.position().line(), "is not YAML: " + p.message()));
      return;
    }
    Optional<Integer> team = team(people);
    if (team.isEmpty()) {
      findings.reportIn(config, 0, "has no team '" + TEAM + "' under teams:");
      return;
    }
    String at = "/teams/" + team.get();
    List<String> members = handles(people, at + "/members");
    List<String> maintainers = handles(people, at + "/maintainers");
    Map<String, List<String>> leaders = leaders(context);
    String[] lines = people.text().split("\n", -1);

    int membersLine = people.position(at + "/members").line();
    int last = lastMemberLine(people, at, members.size(), membersLine);
    String indent = indent(people, at, members.size(), lines, membersLine);
    leaders.forEach(
        (handle, roles) -> {
          if (contains(members, handle) || contains(maintainers, handle)) {
            return;
          }
          // the group's name as a comment: one line, nothing YAML or a reader would take for more
          String group =
              io.github.tagkit.model.InvisibleCharacters.removed(
                      roles.get(0).substring(roles.get(0).indexOf(" of ") + 4))
                  .replaceAll("\\s+", " ")
                  .strip();
          String line = indent + "- " + handle + " # " + group;
          findings.reportIn(
              config,
              membersLine,
              "the "
                  + TEAM
                  + " team lacks @"
                  + handle
                  + ", "
                  + String.join(", ", roles)
                  + ": add '"
                  + line.strip()
                  + "' to its members",
              Fix.editText(
                  new Fix.Replacement(last + 1, 1, last + 1, 1, line + "\n"),
                  "add @" + handle + " to the " + TEAM + " team"));
        });
    if (context.registry().get().layout() != Layout.REGISTRY) {
      return;
    }
    for (int i = 0; i < members.size(); i++) {
      String handle = members.get(i);
      if (leaders.keySet().stream().anyMatch(h -> h.equalsIgnoreCase(handle))) {
        continue;
      }
      int line = people.position(at + "/members/" + i).line();
      String text = line > 0 && line <= lines.length ? lines[line - 1] : "";
      int hash = text.indexOf(" #");
      String note = hash < 0 ? "" : " (" + text.substring(hash + 1).strip() + ")";
      findings.reportIn(
          config,
          line,
          "the "
              + TEAM
              + " team lists @"
              + handle
              + note
              + ", who leads no TAG, TAG subproject or TOC subproject of "
              + context.file().map(f -> f.getFileName().toString()).orElse("the metadata")
              + ": remove the line",
          Fix.editText(
              new Fix.Replacement(line, 1, line + 1, 1, ""),
              "remove @" + handle + " from the " + TEAM + " team"));
    }
  }

  /** The index of the tag-leads team under {@code teams:}. */
  private static Optional<Integer> team(MetadataDocument people) {
    if (!(people.value("/teams").orElse(null) instanceof List<?> teams)) {
      return Optional.empty();
    }
    for (int i = 0; i < teams.size(); i++) {
      if (teams.get(i) instanceof Map<?, ?> team && TEAM.equals(team.get("name"))) {
        return Optional.of(i);
      }
    }
    return Optional.empty();
  }

  private static List<String> handles(MetadataDocument people, String pointer) {
    List<String> handles = new ArrayList<>();
    if (people.value(pointer).orElse(null) instanceof List<?> list) {
      for (Object item : list) {
        handles.add(item == null ? "" : String.valueOf(item).strip());
      }
    }
    return handles;
  }

  private static boolean contains(List<String> handles, String handle) {
    return handles.stream().anyMatch(h -> h.equalsIgnoreCase(handle));
  }

  /** Every leader's handle, in the registry's order, with the roles they hold. */
  private static Map<String, List<String>> leaders(RuleContext context) {
    Map<String, List<String>> leaders = new LinkedHashMap<>();
    for (LocatedGroup located : context.groups()) {
      for (Role role : LEADING) {
        for (Person person : located.group().people(role)) {
          person
              .github()
              .map(String::strip)
              .filter(h -> HANDLE.matcher(h).matches()) // another is the schema's to report
              .ifPresent(
                  handle -> {
                    String key =
                        leaders.keySet().stream()
                            .filter(h -> h.equalsIgnoreCase(handle))
                            .findFirst()
                            .orElse(handle);
                    leaders
                        .computeIfAbsent(key, h -> new ArrayList<>())
                        .add(
                            role.title().toLowerCase(Locale.ROOT)
                                + " of "
                                + located.group().name());
                  });
        }
      }
    }
    return leaders;
  }

  /** The line of the last member, after which a new one goes; the members: line when none. */
  private static int lastMemberLine(MetadataDocument people, String at, int count, int fallback) {
    return count == 0 ? fallback : people.position(at + "/members/" + (count - 1)).line();
  }

  /** The indentation of the members' dashes, as the file has it. */
  private static String indent(
      MetadataDocument people, String at, int count, String[] lines, int membersLine) {
    if (count > 0) {
      int line = people.position(at + "/members/0").line();
      if (line > 0 && line <= lines.length) {
        String text = lines[line - 1];
        int dash = text.indexOf('-');
        if (dash >= 0 && text.substring(0, dash).isBlank()) {
          return text.substring(0, dash);
        }
      }
    }
    String key = membersLine > 0 && membersLine <= lines.length ? lines[membersLine - 1] : "";
    return " ".repeat(key.length() - key.stripLeading().length() + 2);
  }
}
