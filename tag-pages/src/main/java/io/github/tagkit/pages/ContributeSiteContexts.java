package io.github.tagkit.pages;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.SlackChannel;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TagSubproject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the contribute-site style's templates see: the CNCF website's TAG page, its charter page and
 * the TAGs index, in the sections and words of the site's own pages. It starts from the tagkit
 * style's view of a group (meetings, mission, escaping) and adds the site's tables and links.
 */
final class ContributeSiteContexts {
  private static final String CNCF_SLACK_INVITE = "https://slack.cncf.io";
  private static final String TOC_ISSUES = "https://github.com/cncf/toc/issues?q=";

  private final TemplateContexts tagkit;
  private final String banner;
  private final Function<Group, Optional<String>> repositoryDirectory;

  /**
   * {@code repositoryDirectory} gives the web address of a group's directory in its repository
   * ({@code https://github.com/cncf/toc/blob/main/tags/tag-infrastructure/}), against which the
   * metadata's relative links resolve once the page is on the site.
   */
  ContributeSiteContexts(
      TemplateContexts tagkit,
      String banner,
      Function<Group, Optional<String>> repositoryDirectory) {
    this.tagkit = tagkit;
    this.banner = banner;
    this.repositoryDirectory = repositoryDirectory;
  }

  /**
   * {@code url} as the site can link it: as it is when absolute, else resolved in the group's
   * repository (an image from GitHub's raw content); none when there is nothing to resolve it in.
   */
  private Optional<String> absolute(Group group, String url, boolean image) {
    String link = url.strip();
    if (link.matches("^[A-Za-z][A-Za-z0-9+.-]*:.*") || link.startsWith("#")) {
      return Optional.of(MarkdownEscapes.url(link));
    }
    return repositoryDirectory
        .apply(group)
        .map(
            base -> {
              String resolved;
              try {
                resolved = java.net.URI.create(base).resolve(MarkdownEscapes.url(link)).toString();
              } catch (IllegalArgumentException e) {
                resolved = base + MarkdownEscapes.url(link);
              }
              return image
                  ? resolved.replaceFirst(
                      "^https://github\\.com/([^/]+)/([^/]+)/blob/",
                      "https://raw.githubusercontent.com/$1/$2/")
                  : resolved;
            });
  }

  /**
   * The site's directory of {@code tag}'s pages: its dir without {@code tag-} ({@code
   * tag-infrastructure} is {@code infrastructure}), as the site names them.
   */
  static String siteName(Tag tag) {
    return tag.dir().replaceFirst("^tag-", "");
  }

  /**
   * The TAG page, {@code <name>/index.md}; {@code charterPage} when its charter page is written.
   */
  Map<String, Object> tag(TagRegistry registry, Tag tag, boolean charterPage) {
    Map<String, Object> view = new LinkedHashMap<>(tagkit.group(tag, ""));
    view.put("banner", banner);
    view.put("title", TemplateContexts.yamlScalar(tag.name()));
    view.put("siteName", TemplateContexts.yamlScalar(siteName(tag)));
    view.put(
        "summary",
        tag.page()
            .flatMap(p -> p.summary())
            .map(MarkdownEscapes::markdown)
            .or(() -> Optional.ofNullable((String) view.get("charterMission")))
            .orElse(""));
    List<Map<String, Object>> roles = PageLines.roles(tag, "rows", ContributeSiteContexts::rows);
    view.put("roles", roles);
    view.put("hasLeaders", !roles.isEmpty());
    List<Map<String, Object>> liaisons = new ArrayList<>();
    for (Person liaison : tag.contact().tocLiaisons()) {
      liaisons.add(Map.of("siteLine", lead(liaison)));
    }
    view.put("tocLiaisons", liaisons);
    view.put("hasCalendar", tag.meetings().stream().anyMatch(m -> m.tagCalendar().isPresent()));
    @SuppressWarnings("unchecked")
    Map<String, Object> tagkitContact = (Map<String, Object>) view.get("contact");
    Map<String, Object> contact = contact(tag.contact(), tagkitContact);
    view.put("contact", contact);
    view.put("hasChannels", !contact.isEmpty());
    Optional<String> label = githubLabel(tag);
    label.ifPresent(
        l -> {
          String initiative = "label%3Akind%2Finitiative+label%3A" + encode(l);
          view.put("activeInitiatives", TOC_ISSUES + "state%3Aopen+" + initiative);
          view.put("allInitiatives", TOC_ISSUES + initiative);
          // The registry's own link, when it is that same search, would be a second "Active"
          // link beside it: the site's own form of the search stays, as the site writes it.
          tag.initiativesUrl()
              .filter(url -> sameSearch(url, Set.of("kind/initiative", l)))
              .ifPresent(url -> view.remove("initiativesUrl"));
        });
    boolean pageInitiatives =
        tag.page()
            .map(p -> p.initiativesSummary().isPresent() || !p.initiatives().isEmpty())
            .orElse(false);
    view.put(
        "hasInitiatives",
        label.isPresent() || view.containsKey("initiativesUrl") || pageInitiatives);
    view.put(
        "hasMissionSection",
        view.containsKey("missionStatement") || !((List<?>) view.get("missionItems")).isEmpty());
    view.put(
        "hasContributing",
        tag.page().map(p -> !p.contributing().isEmpty() || !p.proposing().isEmpty()).orElse(false));
    if (charterPage) {
      view.put("charterHref", "charter.md");
    } else {
      view.remove("charterHref");
      tag.charterLink()
          .map(String::strip)
          .filter(link -> link.contains("://"))
          .ifPresent(link -> view.put("charterHref", MarkdownEscapes.url(link)));
    }
    view.remove("landscapeUrl");
    view.remove("landscapePreviewImage");
    tag.landscapeUrl()
        .flatMap(u -> absolute(tag, u, false))
        .ifPresent(u -> view.put("landscapeUrl", u));
    tag.landscapePreviewImage()
        .flatMap(u -> absolute(tag, u, true))
        .ifPresent(u -> view.put("landscapePreviewImage", u));
    view.put("resources", resources(tag));
    view.put("subprojects", subprojects(tag.subprojects()));
    List<Map<String, Object>> related = new ArrayList<>();
    for (Tag other : registry.tags()) {
      if (other != tag) {
        related.add(
            Map.of(
                "name",
                MarkdownEscapes.inline(other.name()),
                "siteName",
                MarkdownEscapes.url(siteName(other))));
      }
    }
    view.put("related", related);
    return view;
  }

  /**
   * The charter page, {@code <name>/charter.md}: {@code charter} is the charter's MarkdownEscapes.
   */
  Map<String, Object> charter(Tag tag, String charter) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put("siteName", TemplateContexts.yamlScalar(siteName(tag)));
    view.put("charter", charter);
    return view;
  }

  /** The TAGs index page, {@code index.md}. */
  Map<String, Object> index(TagRegistry registry) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("banner", banner);
    view.put("count", numberWord(registry.tags().size()));
    List<Map<String, Object>> tags = new ArrayList<>();
    for (Tag tag : registry.tags()) {
      Map<String, Object> t = new LinkedHashMap<>();
      t.put("name", MarkdownEscapes.inline(tag.name()));
      t.put("siteName", MarkdownEscapes.url(siteName(tag)));
      tag.missionStatement()
          .map(m -> m.strip().replaceAll("\\s+", " "))
          .map(MarkdownEscapes::text)
          .ifPresent(m -> t.put("missionStatement", m));
      tag.page()
          .flatMap(p -> p.summary())
          .map(MarkdownEscapes::markdown)
          .ifPresent(s -> t.put("summary", s));
      List<String> counts = new ArrayList<>();
      for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD)) {
        int n = tag.people(role).size();
        counts.add(n + " " + role.title() + (n == 1 ? "" : "s"));
      }
      t.put("leadershipCounts", String.join(", ", counts));
      if (!tag.contact().tocLiaisons().isEmpty()) {
        t.put(
            "liaisons",
            tag.contact().tocLiaisons().stream()
                .map(ContributeSiteContexts::lead)
                .collect(Collectors.joining(", ")));
      }
      tag.contact()
          .slackDetails()
          .ifPresent(
              slack ->
                  t.put(
                      "slack",
                      Map.of(
                          "channelText",
                          channelText(slack),
                          "url",
                          MarkdownEscapes.url(
                              slack.archiveUrl().orElse(PageLines.workspace(slack))))));
      tag.contact()
          .mailingListDetails()
          .flatMap(list -> list.url().or(() -> list.address().map(a -> "mailto:" + a)))
          .ifPresent(url -> t.put("mailingList", MarkdownEscapes.url(url)));
      first(tag.meetings(), Meeting::tagCalendar).ifPresent(u -> t.put("calendar", u));
      first(tag.meetings(), Meeting::recordingsUrl).ifPresent(u -> t.put("recordings", u));
      tags.add(t);
    }
    view.put("tags", tags);
    view.put("termsChart", tagkit.termsChart() && !TermsChart.bars(registry).isEmpty());
    return view;
  }

  private static Optional<String> first(
      List<Meeting> meetings, java.util.function.Function<Meeting, Optional<String>> link) {
    return meetings.stream()
        .map(link)
        .flatMap(Optional::stream)
        .findFirst()
        .map(MarkdownEscapes::url);
  }

  /**
   * The rows of a leadership table (the site's, and the emeritus page's): name, GitHub profile
   * link, organization or {@code -}, term as {@code start to end}.
   */
  static List<Map<String, Object>> rows(List<Person> people) {
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Person person : people) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("name", MarkdownEscapes.cell(person.name().orElse("-")));
      row.put("github", person.github().map(String::strip).map(h -> handle(h, true)).orElse("-"));
      row.put(
          "organization",
          person
              .company()
              .map(String::strip)
              .filter(c -> !c.isEmpty())
              .map(MarkdownEscapes::cell)
              .orElse("-"));
      row.put("term", person.term().map(t -> t.start() + " to " + t.end()).orElse("-"));
      rows.add(row);
    }
    return rows;
  }

  /** "[@handle](https://github.com/handle)". */
  private static String handle(String handle, boolean cell) {
    String text = cell ? MarkdownEscapes.cell("@" + handle) : MarkdownEscapes.inline("@" + handle);
    String url = "https://github.com/" + handle;
    return "["
        + text
        + "]("
        + (cell ? MarkdownEscapes.cellUrl(url) : MarkdownEscapes.url(url))
        + ")";
  }

  /** "Name ([@handle](https://github.com/handle))", as the site lists liaisons. */
  private static String person(Person person) {
    Optional<String> handle = person.github().map(String::strip).map(h -> handle(h, false));
    if (person.name().isEmpty()) {
      return handle.orElse("(unnamed)");
    }
    String name = MarkdownEscapes.text(person.name().get().strip());
    return handle.map(h -> name + " (" + h + ")").orElse(name);
  }

  /**
   * "Name ([@handle](https://github.com/handle))", as the site lists liaisons, with a company and
   * term when the metadata has them.
   */
  private static String lead(Person person) {
    StringBuilder line = new StringBuilder(person(person));
    person.company().ifPresent(c -> line.append(", ").append(MarkdownEscapes.inline(c.strip())));
    person
        .term()
        .ifPresent(
            t -> line.append(" (").append(t.start()).append(" to ").append(t.end()).append(')'));
    return line.toString();
  }

  /**
   * The site's channels: the Slack channel as the site names it, with the CNCF invite; the mailing
   * list by its name; the repository, the list's archives and purposes as the tagkit style's {@code
   * tagkit} view has them.
   */
  private static Map<String, Object> contact(Contact contact, Map<String, Object> tagkit) {
    Map<String, Object> view = new LinkedHashMap<>();
    contact
        .slackDetails()
        .ifPresent(
            slack -> {
              Map<String, Object> s = new LinkedHashMap<>();
              String workspace = PageLines.workspace(slack);
              boolean cncf = LinkNames.name(workspace).equals("CNCF Slack");
              s.put("channelText", channelText(slack));
              s.put("url", MarkdownEscapes.url(slack.archiveUrl().orElse(workspace)));
              s.put(
                  "workspaceName",
                  cncf ? "CNCF" : MarkdownEscapes.inline(LinkNames.text(workspace)));
              s.put("workspaceUrl", MarkdownEscapes.url(workspace));
              slack.purpose().map(MarkdownEscapes::inline).ifPresent(p -> s.put("purpose", p));
              slack
                  .inviteUrl()
                  .or(() -> cncf ? Optional.of(CNCF_SLACK_INVITE) : Optional.empty())
                  .ifPresent(
                      u ->
                          s.put(
                              "invite",
                              Map.of(
                                  "text",
                                  MarkdownEscapes.inline(LinkNames.text(u)),
                                  "url",
                                  MarkdownEscapes.url(u))));
              view.put("slack", s);
            });
    contact
        .mailingListDetails()
        .ifPresent(
            list -> {
              Optional<String> url = list.url().or(() -> list.address().map(a -> "mailto:" + a));
              if (url.isEmpty() && list.archivesUrl().isEmpty()) {
                return;
              }
              @SuppressWarnings("unchecked")
              Map<String, Object> m =
                  new LinkedHashMap<>((Map<String, Object>) tagkit.get("mailingList"));
              String name =
                  list.address()
                      .or(
                          () ->
                              list.url()
                                  .map(u -> u.replaceFirst("/+$", "").replaceFirst(".*/", "")))
                      .orElse("Mailing List");
              m.put("listName", MarkdownEscapes.inline(name));
              m.put("url", MarkdownEscapes.url(url.orElseGet(() -> list.archivesUrl().get())));
              view.put("mailingList", m);
            });
    if (tagkit.containsKey("github")) {
      view.put("github", tagkit.get("github"));
    }
    return view;
  }

  /**
   * Whether {@code url} searches cncf/toc's open issues for exactly {@code labels}: the search the
   * "Active Initiatives" link already makes.
   */
  static boolean sameSearch(String url, Set<String> labels) {
    int query = url.indexOf("?q=") >= 0 ? url.indexOf("?q=") : url.indexOf("&q=");
    if (!url.startsWith(TOC_ISSUES.substring(0, TOC_ISSUES.indexOf('?'))) || query < 0) {
      return false;
    }
    String q;
    try {
      q =
          java.net.URLDecoder.decode(
              url.substring(query + 3).replaceFirst("&.*$", ""),
              java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return false;
    }
    Set<String> searched = new java.util.HashSet<>();
    boolean open = false;
    for (String term : q.trim().split("\\s+")) {
      if (term.startsWith("label:")) {
        searched.add(term.substring("label:".length()).replace("\"", ""));
      } else if (term.equals("state:open") || term.equals("is:open")) {
        open = true;
      } else if (!term.equals("is:issue")) {
        return false;
      }
    }
    return open && searched.equals(labels);
  }

  /** "#channel", as the site names a channel; "Slack channel" when the metadata has no name. */
  private static String channelText(SlackChannel slack) {
    return slack
        .name()
        .map(n -> MarkdownEscapes.inline("#" + n.strip().replaceFirst("^#", "")))
        .orElse("Slack channel");
  }

  /**
   * The TAG's GitHub label in cncf/toc, from its {@code label} ({@code tag-infrastructure} is
   * {@code tag/infrastructure}, as {@code .github/labels.yaml} names it), else from its dir.
   */
  static Optional<String> githubLabel(Tag tag) {
    String label = tag.label().map(String::strip).filter(l -> !l.isEmpty()).orElse(tag.dir());
    if (label.contains("/")) {
      return Optional.of(label);
    }
    return Optional.of("tag/" + label.replaceFirst("^tag-", ""));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }

  private List<Map<String, Object>> resources(Tag tag) {
    List<Map<String, Object>> resources = new ArrayList<>();
    tag.page()
        .ifPresent(
            page ->
                page.resources()
                    .forEach(
                        r -> {
                          Map<String, Object> v = new LinkedHashMap<>();
                          v.put("title", MarkdownEscapes.inline(r.title()));
                          v.put(
                              "url",
                              absolute(tag, r.url(), false)
                                  .orElseGet(() -> MarkdownEscapes.url(r.url())));
                          r.description()
                              .map(d -> MarkdownEscapes.inline(d.strip().replaceAll("\\s+", " ")))
                              .ifPresent(d -> v.put("description", d));
                          resources.add(v);
                        }));
    return resources;
  }

  private List<Map<String, Object>> subprojects(List<TagSubproject> subprojects) {
    List<Map<String, Object>> views = new ArrayList<>();
    for (TagSubproject sub : subprojects) {
      Map<String, Object> tagkitView = tagkit.group(sub, "");
      Map<String, Object> view = new LinkedHashMap<>();
      // Every key the template reads is set, empty when absent, so that none is looked up in the
      // TAG's view around it.
      for (String key :
          List.of("missionStatement", "charterUrl", "landscapeUrl", "landscapePreviewImage")) {
        view.put(key, "");
      }
      view.put("name", MarkdownEscapes.inline(sub.name()));
      sub.missionStatement()
          .map(MarkdownEscapes::markdown)
          .ifPresent(m -> view.put("missionStatement", m));
      sub.charterLink()
          .flatMap(link -> absolute(sub, link, false))
          .ifPresent(link -> view.put("charterUrl", link));
      List<Map<String, Object>> leads = new ArrayList<>();
      for (Role role : Role.leadership()) {
        for (Person person : sub.people(role)) {
          leads.add(Map.of("role", role.title(), "line", lead(person)));
        }
      }
      view.put("leads", leads);
      List<String> channels =
          new ArrayList<>(
              ((List<?>) tagkitView.get("contactLines")).stream().map(String.class::cast).toList());
      view.put("channels", channels);
      view.put("meetings", tagkitView.get("meetings"));
      sub.landscapeUrl()
          .flatMap(u -> absolute(sub, u, false))
          .ifPresent(u -> view.put("landscapeUrl", u));
      sub.landscapePreviewImage()
          .flatMap(u -> absolute(sub, u, true))
          .ifPresent(u -> view.put("landscapePreviewImage", u));
      views.add(view);
    }
    return views;
  }

  static String numberWord(int n) {
    String[] words = {
      "no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"
    };
    return n < words.length ? words[n] : String.valueOf(n);
  }
}
