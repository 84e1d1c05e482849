package io.github.tagkit.pages;

import io.github.tagkit.model.Charter;
import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.TocSubproject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * What the tagkit style's templates see of a group: plain maps and lists of text, with every
 * optional value either present or absent (so a section renders only when it has content), and
 * nothing to compute. Values from the registry's fields are escaped here for where they land
 * ({@link Markdown}); the fields of {@code page:} are Markdown already and are passed as they are.
 */
final class TemplateContexts {
  private final String banner;
  private final int year;
  private final Predicate<String> exists;
  private final Function<Group, Optional<Charter>> charters;

  /**
   * {@code exists} tells whether a file, relative to the metadata's directory, is there; {@code
   * charters} reads a group's charter, where a landing page without {@code page.mission} or {@code
   * page.scope} finds them.
   */
  /** Whether the pages link the picture of the leaders' terms, which is made only when asked. */
  private final boolean termsChart;

  TemplateContexts(
      String banner,
      int year,
      Predicate<String> exists,
      Function<Group, Optional<Charter>> charters,
      boolean termsChart) {
    this.termsChart = termsChart;
    this.banner = banner;
    this.year = year;
    this.exists = exists;
    this.charters = charters;
  }

  /** {@return whether the pages link the picture of the leaders' terms} */
  boolean termsChart() {
    return termsChart;
  }

  Map<String, Object> group(Group group, String pageDirectory) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put("name", MarkdownEscapes.inline(group.name()));
    view.put("shortName", yamlScalar(group.name().replaceFirst("^TAG ", "")));
    view.put("dir", group.dir());
    put(view, "missionStatement", group.missionStatement().map(MarkdownEscapes::markdown));
    put(view, "charterHref", charter(group, pageDirectory));
    put(view, "label", group.label());
    List<Map<String, Object>> roles = roles(group);
    view.put("roles", roles);
    view.put("hasLeaders", !roles.isEmpty());
    view.put("meetings", meetings(group.meetings()));
    view.put("hasMeetings", !group.meetings().isEmpty());
    view.put("resources", resources(group.meetings()));
    view.put("contact", contact(group.contact(), group.name()));
    view.put("contactLines", contactLines(group.contact(), group.name()));
    view.put("tocLiaisons", people(group.contact().tocLiaisons()));
    view.put("hasTocLiaisons", !group.contact().tocLiaisons().isEmpty());
    put(view, "landscapeUrl", group.landscapeUrl().map(MarkdownEscapes::url));
    put(view, "landscapePreviewImage", group.landscapePreviewImage().map(MarkdownEscapes::url));
    group.page().ifPresent(page -> view.put("page", page(page)));
    missionAndScope(group, view);
    view.put(
        "hasMission",
        view.containsKey("missionStatement")
            || view.containsKey("charterHref")
            || view.containsKey("charterMission")
            || !((List<?>) view.get("missionItems")).isEmpty());
    view.put(
        "hasInitiatives",
        group
                .page()
                .map(p -> p.initiativesSummary().isPresent() || !p.initiatives().isEmpty())
                .orElse(false)
            || (group instanceof Tag tag && tag.initiativesUrl().isPresent())
            || (group instanceof TocSubproject toc && toc.initiativesUrl().isPresent()));
    view.put("joinSteps", joinSteps(group));
    view.put("termsChart", termsChart && hasTerms(group));
    view.put("roleDuties", duties());
    if (group instanceof Tag tag) {
      List<Map<String, Object>> subprojects = new ArrayList<>();
      for (TagSubproject sub : tag.subprojects()) {
        subprojects.add(
            Map.of(
                "name",
                MarkdownEscapes.inline(sub.name()),
                "dir",
                sub.dir(),
                "link",
                "./subprojects/" + sub.dir() + "/README.md"));
      }
      view.put("subprojects", subprojects);
      view.put("hasSubprojects", !subprojects.isEmpty());
      put(view, "initiativesUrl", tag.initiativesUrl().map(MarkdownEscapes::url));
    } else if (group instanceof TocSubproject toc) {
      put(view, "initiativesUrl", toc.initiativesUrl().map(MarkdownEscapes::url));
    }
    return view;
  }

  /**
   * The mission items and scope of {@code page:}, or else the charter's: its Mission section as the
   * charter writes it, paragraphs, lists and links kept (when {@code page.mission} is empty) and
   * its In Scope items (when {@code page.scope} is). A group writes them once.
   */
  private void missionAndScope(Group group, Map<String, Object> view) {
    List<String> mission = group.page().map(p -> p.mission()).orElse(List.of());
    List<String> scope = group.page().map(p -> p.scope()).orElse(List.of());
    Optional<Charter> charter =
        mission.isEmpty() || scope.isEmpty() ? charters.apply(group) : Optional.empty();
    view.put("missionItems", mission);
    view.put("scopeItems", scope);
    if (mission.isEmpty()) {
      charter
          .flatMap(Charter::mission)
          .filter(section -> !section.text().isEmpty())
          .ifPresent(
              section ->
                  view.put(
                      "charterMission",
                      MarkdownEscapes.markdownOr(section.markdown(), section.text())));
    }
    if (scope.isEmpty()) {
      charter
          .flatMap(Charter::inScope)
          .ifPresent(
              section ->
                  view.put(
                      "scopeItems",
                      section.items().stream().map(item -> scopeItem(item, 1)).toList()));
    }
  }

  /**
   * A charter's list item for a page's list, with the items nested in it as nested list items
   * ("Networking ... This can include:" and what it includes), each escaped as text.
   */
  private static String scopeItem(Charter.Item item, int depth) {
    StringBuilder out =
        new StringBuilder(MarkdownEscapes.text(item.text().strip().replaceAll("\\s*\\n\\s*", " ")));
    for (Charter.Item nested : item.items()) {
      out.append('\n').append("  ".repeat(depth)).append("- ").append(scopeItem(nested, depth + 1));
    }
    return out.toString();
  }

  private static void put(Map<String, Object> view, String key, Optional<?> value) {
    value.ifPresent(v -> view.put(key, v));
  }

  /**
   * The charter's link: {@code charter_link} when it is a URL, else the local charter ({@code
   * charter_link} or {@code charter.md}) when it exists next to the page.
   */
  private Optional<String> charter(Group group, String pageDirectory) {
    Optional<String> link = group.charterLink().map(String::strip);
    if (link.isPresent() && link.get().contains("://")) {
      return link.map(MarkdownEscapes::url);
    }
    String local = link.orElse("charter.md").replaceFirst("^\\./", "");
    return exists.test(pageDirectory + local)
        ? Optional.of("./" + MarkdownEscapes.url(local))
        : Optional.empty();
  }

  private static List<Map<String, Object>> roles(Group group) {
    return PageLines.roles(group, "people", TemplateContexts::people);
  }

  /**
   * Each person with {@code line}, "Name (**[@handle](https://github.com/handle)**), Company (Term:
   * start - end)", and its parts.
   */
  private static List<Map<String, Object>> people(List<Person> people) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Person person : people) {
      Map<String, Object> view = new LinkedHashMap<>();
      Optional<String> handle = person.github().map(String::strip);
      view.put("line", PageLines.person(person, true));
      view.put(
          "name", MarkdownEscapes.inline(person.name().or(person::github).orElse("(unnamed)")));
      put(view, "github", handle);
      put(view, "company", person.company().map(MarkdownEscapes::inline));
      person
          .term()
          .ifPresent(
              term ->
                  view.put(
                      "term",
                      Map.of("start", term.start().toString(), "end", term.end().toString())));
      views.add(view);
    }
    return views;
  }

  private List<Map<String, Object>> meetings(List<Meeting> meetings) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Meeting meeting : meetings) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("description", MarkdownEscapes.inline(meeting.description().orElse("Meetings")));
      Optional<String> when =
          meeting
              .recurrence()
              .map(r -> Schedules.describe(r, year))
              .or(meeting::schedule)
              .map(MarkdownEscapes::inline);
      put(view, "schedule", when);
      put(view, "format", meeting.format().map(MarkdownEscapes::inline));
      put(view, "calendar", link(meeting.tagCalendar()));
      put(view, "zoom", link(meeting.zoomUrl()));
      put(view, "recordings", link(meeting.recordingsUrl()));
      put(view, "notes", link(meeting.meetingNotesUrl()));
      put(view, "agenda", link(meeting.agendaUrl()));
      List<String> links = new ArrayList<>();
      meeting
          .tagCalendar()
          .ifPresent(url -> links.add("[Calendar](" + MarkdownEscapes.url(url) + ")"));
      meeting.zoomUrl().ifPresent(url -> links.add("[Join](" + MarkdownEscapes.url(url) + ")"));
      meeting
          .recordingsUrl()
          .ifPresent(url -> links.add("[Recordings](" + MarkdownEscapes.url(url) + ")"));
      meeting
          .meetingNotesUrl()
          .ifPresent(
              url -> links.add("[Meeting Notes and Agenda](" + MarkdownEscapes.url(url) + ")"));
      meeting.agendaUrl().ifPresent(url -> links.add("[Agenda](" + MarkdownEscapes.url(url) + ")"));
      List<String> parts = new ArrayList<>();
      Optional<String> format = meeting.format().map(MarkdownEscapes::inline);
      when.map(w -> format.map(f -> w + " (" + f + ")").orElse(w))
          .or(() -> format)
          .ifPresent(parts::add);
      parts.addAll(links);
      String title = "**" + view.get("description") + "**";
      view.put("line", parts.isEmpty() ? title : title + ": " + String.join(" | ", parts));
      views.add(view);
    }
    return views;
  }

  /**
   * The rows of the landing page's Meeting Resources table: every meeting's notes, agenda and
   * calendar, each named after its meeting when more than one meeting has any.
   */
  private static List<Map<String, Object>> resources(List<Meeting> meetings) {
    List<Map<String, Object>> rows = new ArrayList<>();
    long withResources =
        meetings.stream()
            .filter(
                m ->
                    m.meetingNotesUrl().isPresent()
                        || m.agendaUrl().isPresent()
                        || m.tagCalendar().isPresent())
            .count();
    for (Meeting meeting : meetings) {
      String of =
          withResources > 1
              ? " (" + MarkdownEscapes.cell(meeting.description().orElse("Meetings")) + ")"
              : "";
      meeting.meetingNotesUrl().ifPresent(url -> rows.add(row("Meeting Notes" + of, url)));
      meeting.agendaUrl().ifPresent(url -> rows.add(row("Meeting Agenda" + of, url)));
      meeting.tagCalendar().ifPresent(url -> rows.add(row("Calendar" + of, url)));
    }
    return rows;
  }

  private static Map<String, Object> row(String resource, String url) {
    return Map.of(
        "resource",
        resource,
        "name",
        MarkdownEscapes.cell(LinkNames.name(url)),
        "url",
        MarkdownEscapes.cellUrl(url));
  }

  /** A link's parts, escaped: {@code url}, {@code text}, {@code host} and {@code name}. */
  private static Optional<Map<String, Object>> link(Optional<String> url) {
    return url.map(
        u -> {
          Map<String, Object> link = new LinkedHashMap<>();
          LinkNames.of(u)
              .forEach((key, value) -> link.put(key, MarkdownEscapes.inline((String) value)));
          link.put("url", MarkdownEscapes.url(u));
          return link;
        });
  }

  /**
   * The lines of a page's Contact section: the Slack channel and its workspace, the mailing list,
   * the repository, the TOC liaisons.
   */
  private static List<String> contactLines(Contact contact, String groupName) {
    List<String> lines = new ArrayList<>();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              String label = MarkdownEscapes.inline(slack.name().orElse(groupName + " Slack"));
              String workspace = PageLines.workspace(slack);
              lines.add(
                  "Slack: "
                      + slack
                          .archiveUrl()
                          .map(u -> "[" + label + "](" + MarkdownEscapes.url(u) + ")")
                          .orElse(label)
                      + " on ["
                      + MarkdownEscapes.inline(LinkNames.text(workspace))
                      + "]("
                      + MarkdownEscapes.url(workspace)
                      + ")");
              slack
                  .inviteUrl()
                  .ifPresent(
                      u ->
                          lines.add(
                              "Slack invite: ["
                                  + MarkdownEscapes.inline(LinkNames.text(u))
                                  + "]("
                                  + MarkdownEscapes.url(u)
                                  + ")"));
            });
    PageLines.mailingList(contact).ifPresent(lines::add);
    contact
        .repository()
        .ifPresent(r -> lines.add("[GitHub Repository](" + MarkdownEscapes.url(r.url()) + ")"));
    for (Map<String, Object> liaison : people(contact.tocLiaisons())) {
      lines.add("TOC Liaison: " + liaison.get("line"));
    }
    return lines;
  }

  private static Map<String, Object> contact(Contact contact, String groupName) {
    Map<String, Object> view = new LinkedHashMap<>();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              Map<String, Object> s = new LinkedHashMap<>();
              put(s, "channel", slack.name().map(n -> n.replace("`", "")));
              s.put("label", MarkdownEscapes.inline(slack.name().orElse(groupName + " Slack")));
              put(s, "url", slack.archiveUrl().map(MarkdownEscapes::url));
              put(
                  s,
                  "linkText",
                  slack.archiveUrl().map(u -> MarkdownEscapes.inline(LinkNames.text(u))));
              s.put("workspace", link(Optional.of(PageLines.workspace(slack))).get());
              put(s, "invite", link(slack.inviteUrl()));
              put(s, "purpose", slack.purpose().map(MarkdownEscapes::inline));
              view.put("slack", s);
            });
    contact
        .mailingListDetails()
        .ifPresent(
            list -> {
              Map<String, Object> m = new LinkedHashMap<>();
              put(
                  m,
                  "url",
                  list.url()
                      .or(() -> list.address().map(a -> "mailto:" + a))
                      .map(MarkdownEscapes::url));
              m.put("label", MarkdownEscapes.inline(list.address().orElse("Mailing List")));
              put(m, "address", list.address().map(MarkdownEscapes::inline));
              put(m, "archives", link(list.archivesUrl()));
              put(m, "purpose", list.purpose().map(MarkdownEscapes::inline));
              view.put("mailingList", m);
            });
    contact
        .repository()
        .ifPresent(
            repo -> {
              Map<String, Object> g = new LinkedHashMap<>(link(Optional.of(repo.url())).get());
              put(g, "purpose", repo.purpose().map(MarkdownEscapes::inline));
              view.put("github", g);
            });
    return view;
  }

  private static Map<String, Object> page(io.github.tagkit.model.Page page) {
    Map<String, Object> view = new LinkedHashMap<>();
    put(view, "summary", page.summary().map(TemplateContexts::paragraph));
    view.put("mission", page.mission());
    view.put("scope", page.scope());
    put(view, "initiativesSummary", page.initiativesSummary().map(TemplateContexts::paragraph));
    List<Map<String, Object>> initiatives = new ArrayList<>();
    page.initiatives()
        .forEach(
            i -> {
              Map<String, Object> v = new LinkedHashMap<>();
              v.put("name", i.name());
              put(v, "url", i.url().map(MarkdownEscapes::url));
              put(v, "description", i.description());
              initiatives.add(v);
            });
    view.put("initiatives", initiatives);
    view.put("contributing", page.contributing());
    view.put("proposing", page.proposing());
    List<Map<String, Object>> resources = new ArrayList<>();
    page.resources()
        .forEach(
            r -> {
              Map<String, Object> v = new LinkedHashMap<>();
              v.put("title", r.title().replace("|", "\\|"));
              v.put("url", MarkdownEscapes.cellUrl(r.url()));
              v.put(
                  "description",
                  r.description()
                      .map(d -> d.replace("|", "\\|").replaceAll("\\s+", " "))
                      .orElse(""));
              resources.add(v);
            });
    view.put("resources", resources);
    return view;
  }

  private static List<Map<String, Object>> duties() {
    List<Map<String, Object>> duties = new ArrayList<>();
    duties.add(Map.of("title", "Chairs", "duties", Role.CHAIR.duties()));
    duties.add(Map.of("title", "Tech Leads", "duties", Role.TECH_LEAD.duties()));
    duties.add(Map.of("title", "TOC Liaison", "duties", Role.TOC_LIAISON.duties()));
    return duties;
  }

  /** Whether the group or one of its subprojects has a leader with a term, as the picture draws. */
  private static boolean hasTerms(Group group) {
    List<Group> groups = new ArrayList<>(List.of(group));
    if (group instanceof Tag tag) {
      groups.addAll(tag.subprojects());
    }
    return groups.stream()
        .anyMatch(
            g ->
                Role.leadership().stream()
                    .anyMatch(r -> g.people(r).stream().anyMatch(p -> p.term().isPresent())));
  }

  /** The "Join the Conversation" steps the group's channels and calendar allow, in order. */
  private static List<String> joinSteps(Group group) {
    List<String> steps = new ArrayList<>();
    Contact contact = group.contact();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              String workspace = PageLines.workspace(slack);
              steps.add(
                  "Join the "
                      + slack.name().map(n -> "`" + n.replace("`", "") + "` ").orElse("")
                      + "channel on ["
                      + MarkdownEscapes.inline(LinkNames.name(workspace))
                      + "]("
                      + MarkdownEscapes.url(slack.inviteUrl().orElse(workspace))
                      + ")");
            });
    contact
        .mailingListDetails()
        .flatMap(list -> list.url())
        .ifPresent(
            url -> steps.add("Subscribe to the [mailing list](" + MarkdownEscapes.url(url) + ")"));
    group.meetings().stream()
        .flatMap(m -> m.tagCalendar().stream())
        .findFirst()
        .ifPresent(
            url ->
                steps.add(
                    "Attend TAG meetings (check the [CNCF calendar]("
                        + MarkdownEscapes.url(url)
                        + "))"));
    contact
        .repository()
        .ifPresent(
            repo ->
                steps.add(
                    "Follow the [GitHub repository](" + MarkdownEscapes.url(repo.url()) + ")"));
    return steps;
  }

  /**
   * What the emeritus page sees: each group with emeritus leads, and each lead's name, GitHub
   * profile link, organization ({@code -} for none) and the term served.
   */
  static Map<String, Object> emeritus(io.github.tagkit.model.TagRegistry registry, String banner) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put(
        "scope",
        registry.layout() == io.github.tagkit.model.Layout.REGISTRY
            ? "the TAGs, their subprojects and the TOC subprojects"
            : MarkdownEscapes.inline(registry.tags().get(0).name()) + " and its subprojects");
    List<Map<String, Object>> groups = new ArrayList<>();
    for (Group group : registry.groups()) {
      List<Person> emeritus = group.people(Role.EMERITUS_LEAD);
      if (emeritus.isEmpty()) {
        continue;
      }
      List<Map<String, Object>> rows = ContributeSiteContexts.rows(emeritus);
      groups.add(Map.of("name", MarkdownEscapes.inline(group.name()), "rows", rows));
    }
    view.put("groups", groups);
    return view;
  }

  /**
   * {@code text} as a YAML scalar for front matter: plain when it can be, else single-quoted; on
   * one line, without the characters no reader sees and without angle brackets. A site builds the
   * front matter's title into places that escape it less than the page: Docusaurus writes it raw
   * into the JSON-LD {@code <script>} of its breadcrumbs, where a {@code </script>} in a name would
   * end the script and start HTML of the metadata's choosing.
   */
  static String yamlScalar(String text) {
    String line =
        InvisibleCharacters.removed(text)
            .replace("<", "")
            .replace(">", "")
            .strip()
            .replaceAll("\\s+", " ");
    return line.matches("[A-Za-z0-9][A-Za-z0-9 ._()/-]*")
        ? line
        : "'" + line.replace("'", "''") + "'";
  }

  /** A folded paragraph on one line, as Markdown renders it anyway. */
  private static String paragraph(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
