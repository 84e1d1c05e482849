package io.github.tagkit.pages;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Group;
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

/**
 * What templates see of a group: plain maps and lists of text, with every optional value either
 * present or absent (so a section renders only when it has content), and nothing to compute.
 */
final class TemplateContexts {
  private final String banner;
  private final int year;

  TemplateContexts(String banner, int year) {
    this.banner = banner;
    this.year = year;
  }

  Map<String, Object> group(Group group) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put("name", group.name());
    view.put("shortName", group.name().replaceFirst("^TAG ", ""));
    view.put("dir", group.dir());
    put(view, "missionStatement", group.missionStatement().map(String::strip));
    put(view, "charterLink", group.charterLink());
    put(
        view,
        "charterHref",
        group
            .charterLink()
            .map(link -> link.contains("://") || link.startsWith("./") ? link : "./" + link));
    put(view, "label", group.label());
    List<Map<String, Object>> roles = roles(group);
    view.put("roles", roles);
    view.put("hasLeaders", !roles.isEmpty());
    view.put("meetings", meetings(group.meetings()));
    view.put("hasMeetings", !group.meetings().isEmpty());
    view.put("contact", contact(group.contact(), group.name()));
    view.put("tocLiaisons", people(group.contact().tocLiaisons()));
    view.put("hasTocLiaisons", !group.contact().tocLiaisons().isEmpty());
    put(view, "landscapeUrl", group.landscapeUrl());
    put(view, "landscapePreviewImage", group.landscapePreviewImage());
    group.page().ifPresent(page -> view.put("page", page(page)));
    view.put("joinSteps", joinSteps(group));
    view.put("roleDuties", duties());
    if (group instanceof Tag tag) {
      List<Map<String, Object>> subprojects = new ArrayList<>();
      for (TagSubproject sub : tag.subprojects()) {
        subprojects.add(
            Map.of(
                "name",
                sub.name(),
                "dir",
                sub.dir(),
                "link",
                "./subprojects/" + sub.dir() + "/README.md"));
      }
      view.put("subprojects", subprojects);
      view.put("hasSubprojects", !subprojects.isEmpty());
      put(view, "initiativesUrl", tag.initiativesUrl());
    } else if (group instanceof TocSubproject toc) {
      put(view, "initiativesUrl", toc.initiativesUrl());
    }
    return view;
  }

  private static void put(Map<String, Object> view, String key, Optional<?> value) {
    value.ifPresent(v -> view.put(key, v));
  }

  private static List<Map<String, Object>> roles(Group group) {
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Role role :
        List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD, Role.EMERITUS_LEAD)) {
      List<Person> people = group.people(role);
      if (!people.isEmpty()) {
        roles.add(Map.of("title", plural(role), "people", people(people)));
      }
    }
    return roles;
  }

  private static String plural(Role role) {
    return role.title() + "s";
  }

  private static List<Map<String, Object>> people(List<Person> people) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (Person person : people) {
      Map<String, Object> view = new LinkedHashMap<>();
      view.put("name", person.name().or(person::github).orElse("(unnamed)"));
      put(view, "github", person.github());
      put(view, "company", person.company());
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
      view.put("description", meeting.description().orElse("Meetings"));
      Optional<String> when = meeting.recurrence().map(r -> Schedules.describe(r, year));
      put(view, "schedule", when.or(meeting::schedule));
      put(view, "format", meeting.format());
      put(view, "calendar", Links.of(meeting.tagCalendar()));
      put(view, "zoom", Links.of(meeting.zoomUrl()));
      put(view, "recordings", Links.of(meeting.recordingsUrl()));
      put(view, "notes", Links.of(meeting.meetingNotesUrl()));
      put(view, "agenda", Links.of(meeting.agendaUrl()));
      view.put(
          "hasResources",
          meeting.meetingNotesUrl().isPresent()
              || meeting.agendaUrl().isPresent()
              || meeting.tagCalendar().isPresent());
      List<String> links = new ArrayList<>();
      meeting.tagCalendar().ifPresent(url -> links.add("[Calendar](" + url + ")"));
      meeting.zoomUrl().ifPresent(url -> links.add("[Join](" + url + ")"));
      meeting.recordingsUrl().ifPresent(url -> links.add("[Recordings](" + url + ")"));
      meeting
          .meetingNotesUrl()
          .ifPresent(url -> links.add("[Meeting Notes and Agenda](" + url + ")"));
      meeting.agendaUrl().ifPresent(url -> links.add("[Agenda](" + url + ")"));
      if (!links.isEmpty()) {
        view.put("links", String.join(" | ", links));
      }
      views.add(view);
    }
    return views;
  }

  private static Map<String, Object> contact(Contact contact, String groupName) {
    Map<String, Object> view = new LinkedHashMap<>();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              Map<String, Object> s = new LinkedHashMap<>();
              put(s, "channel", slack.name());
              s.put("label", slack.name().orElse(groupName + " Slack"));
              put(s, "url", slack.archiveUrl());
              s.put(
                  "workspace",
                  Links.of(slack.workspaceUrl().orElse("https://cloud-native.slack.com")));
              put(s, "invite", Links.of(slack.inviteUrl()));
              put(s, "purpose", slack.purpose());
              view.put("slack", s);
            });
    contact
        .mailingListDetails()
        .ifPresent(
            list -> {
              Map<String, Object> m = new LinkedHashMap<>();
              put(m, "url", list.url());
              m.put("label", list.address().orElse("Mailing List"));
              put(m, "address", list.address());
              put(m, "archives", Links.of(list.archivesUrl()));
              put(m, "purpose", list.purpose());
              view.put("mailingList", m);
            });
    contact
        .repository()
        .ifPresent(
            repo -> {
              Map<String, Object> g = new LinkedHashMap<>(Links.of(repo.url()));
              put(g, "purpose", repo.purpose());
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
              put(v, "url", i.url());
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
              v.put("title", r.title());
              v.put("url", r.url());
              v.put("description", r.description().orElse(""));
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

  /** The "Join the Conversation" steps the group's channels and calendar allow, in order. */
  private static List<String> joinSteps(Group group) {
    List<String> steps = new ArrayList<>();
    Contact contact = group.contact();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              String workspace = slack.workspaceUrl().orElse("https://cloud-native.slack.com");
              steps.add(
                  "Join the "
                      + slack.name().map(n -> "`" + n + "` ").orElse("")
                      + "channel on ["
                      + Links.name(workspace)
                      + "]("
                      + slack.inviteUrl().orElse(workspace)
                      + ")");
            });
    contact
        .mailingListDetails()
        .flatMap(list -> list.url())
        .ifPresent(url -> steps.add("Subscribe to the [mailing list](" + url + ")"));
    group.meetings().stream()
        .flatMap(m -> m.tagCalendar().stream())
        .findFirst()
        .ifPresent(
            url -> steps.add("Attend TAG meetings (check the [CNCF calendar](" + url + "))"));
    contact
        .repository()
        .ifPresent(repo -> steps.add("Follow the [GitHub repository](" + repo.url() + ")"));
    return steps;
  }

  /** A folded paragraph on one line, as Markdown renders it anyway. */
  private static String paragraph(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " ");
  }
}
