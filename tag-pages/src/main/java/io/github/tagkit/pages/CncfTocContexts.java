package io.github.tagkit.pages;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.SlackChannel;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.TocSubproject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * What the cncf/toc style's templates see of a group: the lines of cncf/toc's own README format,
 * with the defects listed in {@code docs/pages.md} fixed. Every value is escaped here for where it
 * lands, so the templates print it as it is ({@code {{{...}}}}).
 */
final class CncfTocContexts {
  private final String banner;
  private final int year;
  private final Predicate<String> exists;

  /**
   * {@code exists} tells whether a file, relative to the metadata's directory, is there: a page
   * links {@code ./charter.md} or {@code ./landscape/index.md} only when it is.
   */
  CncfTocContexts(String banner, int year, Predicate<String> exists) {
    this.banner = banner;
    this.year = year;
    this.exists = exists;
  }

  Map<String, Object> group(Group group, String pageDirectory) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put("name", MarkdownEscapes.inline(group.name()));
    if (group instanceof TagSubproject) {
      group
          .missionStatement()
          .ifPresent(m -> view.put("subprojectMission", MarkdownEscapes.markdown(m)));
    } else {
      view.put("mission", group.missionStatement().map(CncfTocContexts::mission).orElse(""));
    }
    charter(group, pageDirectory).ifPresent(link -> view.put("charter", link));
    view.put("roles", roles(group));
    view.put("meetings", meetingLines(group.meetings()));
    view.put("contact", contactLines(group));
    if (group instanceof Tag tag) {
      List<Map<String, Object>> subprojects = new ArrayList<>();
      for (TagSubproject sub : tag.subprojects()) {
        subprojects.add(summary(sub));
      }
      view.put("subprojects", subprojects);
      view.put("hasSubprojects", !subprojects.isEmpty());
      tag.initiativesUrl().ifPresent(url -> view.put("initiatives", MarkdownEscapes.url(url)));
    }
    if (group instanceof TocSubproject toc) {
      view.put("subprojectLabel", MarkdownEscapes.url(subprojectLabel(toc.name())));
    }
    if (!(group instanceof Tag)) {
      view.put("subprojectMeetings", subprojectMeetings(group.meetings()));
      view.put("subprojectContact", subprojectContact(group.contact()));
    }
    if (group.landscapeUrl().isPresent() || group.landscapePreviewImage().isPresent()) {
      Map<String, Object> landscape = new LinkedHashMap<>();
      String local = "landscape/index.md";
      Optional<String> href =
          exists.test(pageDirectory + local)
              ? Optional.of("./" + local)
              : group.landscapeUrl().map(MarkdownEscapes::url);
      href.ifPresent(h -> landscape.put("href", h));
      group
          .landscapePreviewImage()
          .ifPresent(image -> landscape.put("image", MarkdownEscapes.url(image)));
      view.put("landscape", landscape);
    }
    return view;
  }

  /**
   * The label after {@code sub/} that cncf/toc's generator derives from a TOC subproject's name:
   * lower case, a trailing "subproject" dropped, spaces as hyphens.
   */
  static String subprojectLabel(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.endsWith("subproject")) {
      lower = lower.substring(0, lower.length() - "subproject".length());
    }
    return lower.strip().replace(" ", "-");
  }

  /**
   * The mission as the generator prints it, paragraphs kept apart, and ending as the YAML value
   * does: a block scalar's final line break is part of the page's layout.
   */
  private static String mission(String statement) {
    return MarkdownEscapes.markdown(statement) + (statement.endsWith("\n") ? "\n" : "");
  }

  private Optional<String> charter(Group group, String pageDirectory) {
    if (exists.test(pageDirectory + "charter.md")) {
      return Optional.of("./charter.md");
    }
    return group.charterLink().filter(link -> link.contains("://")).map(MarkdownEscapes::url);
  }

  private static List<Map<String, Object>> roles(Group group) {
    return PageLines.roles(
        group,
        "people",
        people -> people.stream().map(person -> PageLines.person(person, true)).toList());
  }

  /** "**Description**: [Calendar](...) | [Recordings](...) | [Meeting Notes and Agenda](...)". */
  private List<String> meetingLines(List<Meeting> meetings) {
    List<String> lines = new ArrayList<>();
    for (Meeting meeting : meetings) {
      List<String> parts = new ArrayList<>();
      schedule(meeting).ifPresent(parts::add);
      meeting.tagCalendar().ifPresent(u -> parts.add(PageLines.link("Calendar", u)));
      meeting.recordingsUrl().ifPresent(u -> parts.add(PageLines.link("Recordings", u)));
      meeting
          .meetingNotesUrl()
          .ifPresent(u -> parts.add(PageLines.link("Meeting Notes and Agenda", u)));
      meeting.agendaUrl().ifPresent(u -> parts.add(PageLines.link("Agenda", u)));
      meeting.zoomUrl().ifPresent(u -> parts.add(PageLines.link("Join via Zoom", u)));
      String title = "**" + MarkdownEscapes.inline(meeting.description().orElse("Meetings")) + "**";
      lines.add(parts.isEmpty() ? title : title + ": " + String.join(" | ", parts));
    }
    return lines;
  }

  /** The lines of a subproject meeting: when, how to join, the notes and the rest. */
  private List<Map<String, Object>> subprojectMeetings(List<Meeting> meetings) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Meeting meeting : meetings) {
      List<String> lines = new ArrayList<>();
      Optional<String> when = schedule(meeting);
      Optional<String> what = meeting.description().map(MarkdownEscapes::inline);
      if (when.isPresent() || what.isPresent()) {
        lines.add(
            "🔁 " + what.map(d -> when.map(w -> d + ": " + w).orElse(d)).orElseGet(when::get));
      }
      meeting.zoomUrl().ifPresent(u -> lines.add("📹 " + PageLines.link("Join via Zoom", u)));
      meeting
          .meetingNotesUrl()
          .ifPresent(u -> lines.add("📝 " + PageLines.link("Meeting Notes", u)));
      meeting.agendaUrl().ifPresent(u -> lines.add("📋 " + PageLines.link("Agenda", u)));
      meeting.tagCalendar().ifPresent(u -> lines.add("🗓️ " + PageLines.link("Calendar", u)));
      meeting.recordingsUrl().ifPresent(u -> lines.add("🎬 " + PageLines.link("Recordings", u)));
      views.add(Map.of("lines", lines));
    }
    return views;
  }

  /** The schedule in words (a structured recurrence worked out), with the format after it. */
  private Optional<String> schedule(Meeting meeting) {
    Optional<String> when =
        meeting
            .recurrence()
            .map(r -> Schedules.describe(r, year))
            .or(meeting::schedule)
            .map(text -> MarkdownEscapes.inline(text.strip()));
    Optional<String> format = meeting.format().map(f -> MarkdownEscapes.inline(f.strip()));
    if (format.isEmpty()) {
      return when;
    }
    return Optional.of(when.map(w -> w + " (" + format.get() + ")").orElse(format.get()));
  }

  /** A TAG's or TOC subproject's contact lines: Slack, mailing list, repository, liaisons. */
  private static List<String> contactLines(Group group) {
    List<String> lines = new ArrayList<>();
    Contact contact = group.contact();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              String label =
                  slack.name().map(MarkdownEscapes::inline).orElseGet(() -> slackLabel(group));
              lines.add(
                  "Slack: "
                      + slack
                          .archiveUrl()
                          .map(u -> "[" + label + "](" + MarkdownEscapes.url(u) + ")")
                          .orElse(label + " on " + workspace(slack)));
              slack.inviteUrl().ifPresent(u -> lines.add("Slack invite: " + PageLines.link(u, u)));
            });
    PageLines.mailingList(contact).ifPresent(lines::add);
    contact.repository().ifPresent(r -> lines.add(PageLines.link("GitHub Repository", r.url())));
    for (Person liaison : contact.tocLiaisons()) {
      lines.add("TOC Liaison: " + PageLines.person(liaison, true));
    }
    return lines;
  }

  /**
   * "Tag TAG Infrastructure Slack" was the generator's label for every group; a TAG named "TAG X"
   * gets "TAG X Slack", another TAG "Tag X Slack" as before, a TOC subproject "X Slack".
   */
  private static String slackLabel(Group group) {
    String name = MarkdownEscapes.inline(group.name());
    if (group instanceof Tag && !group.name().regionMatches(true, 0, "TAG ", 0, 4)) {
      return "Tag " + name + " Slack";
    }
    return name + " Slack";
  }

  private static List<String> subprojectContact(Contact contact) {
    List<String> lines = new ArrayList<>();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              String label = slack.name().map(MarkdownEscapes::inline).orElse("Slack Channel");
              lines.add(
                  slack
                          .archiveUrl()
                          .map(u -> "[" + label + "](" + MarkdownEscapes.url(u) + ")")
                          .orElse(label)
                      + " on "
                      + workspace(slack));
              slack
                  .inviteUrl()
                  .ifPresent(u -> lines.add("✉️ Slack invite: " + PageLines.link(u, u)));
            });
    PageLines.mailingList(contact).ifPresent(line -> lines.add("📧 " + line));
    contact
        .repository()
        .ifPresent(r -> lines.add("🐙 " + PageLines.link("GitHub Repository", r.url())));
    for (Person liaison : contact.tocLiaisons()) {
      lines.add("🔗 TOC Liaison: " + PageLines.person(liaison, true));
    }
    return lines;
  }

  private static String workspace(SlackChannel slack) {
    return LinkNames.text(PageLines.workspace(slack));
  }

  /** The subproject as the TAG's page lists it: name, mission, mailing list, leads. */
  private static Map<String, Object> summary(TagSubproject sub) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("name", MarkdownEscapes.inline(sub.name()));
    sub.missionStatement().ifPresent(m -> view.put("subprojectMission", mission(m)));
    PageLines.mailingList(sub.contact()).ifPresent(line -> view.put("subprojectMailingList", line));
    List<String> leads = new ArrayList<>();
    for (Person lead : sub.people(Role.SUBPROJECT_LEAD)) {
      leads.add(PageLines.person(lead, false));
    }
    view.put("leads", leads);
    return view;
  }
}
