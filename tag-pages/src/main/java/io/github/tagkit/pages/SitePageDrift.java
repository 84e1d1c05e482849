package io.github.tagkit.pages;

import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.validator.spi.FindingSink;
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
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code site-page-drift}: a TAG page of the CNCF website (cncf/contribute-site's {@code
 * docs/community/tags/<name>/index.md}, {@code tag-infrastructure} at {@code infrastructure}), kept
 * by hand, that disagrees with the metadata: a chair, tech lead or TOC liaison missing or extra, a
 * name, organization or term that differs, a meeting, Slack or mailing-list link the page does not
 * have. The site's hand-kept TAGs index is compared entry by entry: the number of TAGs, each TAG's
 * leadership counts, TOC liaisons and links. Each finding is at the page's line. A page tagkit
 * generated there (the contribute-site style's) is compared with what the metadata renders to now,
 * and reported with its diff when it differs; TAGs without a page are skipped. Register it with
 * {@code TagValidator.builder().rule(new SitePageDrift(site))}; {@code tag:validate -Dtag.site=...}
 * does.
 */
public final class SitePageDrift implements Rule {

  private final Path site;
  private final String generateCommand;
  private final String syncCommand;

  /**
   * Compares with the TAG pages under {@code site}, the site's {@code docs/community/tags}.
   *
   * @param site the site's {@code docs/community/tags}
   */
  public SitePageDrift(Path site) {
    this(site, "mvn tag:generate");
  }

  /**
   * As {@link #SitePageDrift(Path)}; a page there that tagkit generated and that differs from what
   * the metadata renders to now is reported with its diff and {@code generateCommand}, with the
   * style and directory that regenerate it.
   *
   * @param site the site's {@code docs/community/tags}
   * @param generateCommand the command that regenerates the pages, for the message
   */
  public SitePageDrift(Path site, String generateCommand) {
    this(site, generateCommand, "mvn tag:sync -Dtag.site=" + site);
  }

  /**
   * As {@link #SitePageDrift(Path, String)}; a fact the website has newer names {@code
   * syncCommand}, which brings it into the metadata.
   *
   * @param site the site's {@code docs/community/tags}
   * @param generateCommand the command that regenerates the pages, for the message
   * @param syncCommand the command, {@code -Dtag.site} included, that brings the website's newer
   *     facts into the metadata
   */
  public SitePageDrift(Path site, String generateCommand, String syncCommand) {
    this.site = Objects.requireNonNull(site, "site");
    this.generateCommand = Objects.requireNonNull(generateCommand, "generateCommand");
    this.syncCommand = Objects.requireNonNull(syncCommand, "syncCommand");
  }

  @Override
  public String id() {
    return "site-page-drift";
  }

  @Override
  public Severity severity() {
    return Severity.WARNING;
  }

  @Override
  public String description() {
    return "A TAG page of the CNCF website disagrees with the metadata: a hand-kept one about a"
        + " leader, a TOC liaison or a link, a generated one anywhere.";
  }

  /** The page of {@code tag} on the site: its dir without {@code tag-}. */
  static String pageOf(Tag tag) {
    return ContributeSiteContexts.siteName(tag) + "/index.md";
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    generatedPages(context, findings);
    index(context, findings);
    for (LocatedGroup located : context.groups()) {
      if (!(located.group() instanceof Tag tag)) {
        continue;
      }
      Path page = site.resolve(pageOf(tag));
      List<String> lines;
      try {
        if (!Files.isRegularFile(page)) {
          continue;
        }
        lines = Files.readAllLines(page, StandardCharsets.UTF_8);
      } catch (IOException e) {
        findings.reportIn(page, 0, page + " cannot be read: " + e.getMessage());
        continue;
      }
      if (lines.stream().anyMatch(l -> l.contains(PageFiles.BANNER))) {
        continue;
      }
      new Comparison(tag, page, lines, findings, syncCommand).run();
    }
  }

  /**
   * The site's hand-kept TAGs index, {@code index.md}: for each TAG of a registry, its entry's
   * leadership counts, TOC liaisons and links, and the number of TAGs the index says there are.
   */
  private void index(RuleContext context, FindingSink findings) {
    if (context.registry().isEmpty()
        || context.registry().get().layout() != io.github.tagkit.model.Layout.REGISTRY) {
      return;
    }
    Path index = site.resolve("index.md");
    List<String> lines;
    try {
      if (!Files.isRegularFile(index)) {
        return;
      }
      lines = Files.readAllLines(index, StandardCharsets.UTF_8);
    } catch (IOException e) {
      findings.reportIn(index, 0, index + " cannot be read: " + e.getMessage());
      return;
    }
    if (lines.stream().anyMatch(l -> l.contains(PageFiles.BANNER))) {
      return; // generated: the generated-page comparison covers it
    }
    List<Tag> tags = context.registry().get().tags();
    Pattern count = Pattern.compile("The CNCF has (\\S+) active Technical Advisory Groups");
    for (int i = 0; i < lines.size(); i++) {
      Matcher m = count.matcher(lines.get(i));
      String expected = ContributeSiteContexts.numberWord(tags.size());
      if (m.find() && !m.group(1).equalsIgnoreCase(expected)) {
        findings.reportIn(
            index,
            i + 1,
            "the website's TAGs index says the CNCF has "
                + m.group(1)
                + " TAGs, the metadata "
                + expected);
      }
    }
    for (Tag tag : tags) {
      int start = -1;
      for (int i = 0; i < lines.size(); i++) {
        if (lines.get(i).strip().equals("### " + tag.name().strip())) {
          start = i;
          break;
        }
      }
      if (start < 0) {
        findings.reportIn(index, 1, "the website's TAGs index has no entry for " + tag.name());
        continue;
      }
      int end = start + 1;
      while (end < lines.size() && !lines.get(end).matches("^(#{1,3} .*|---\\s*)$")) {
        end++;
      }
      indexEntry(tag, index, lines, start, end, findings);
    }
  }

  private void indexEntry(
      Tag tag, Path index, List<String> lines, int start, int end, FindingSink findings) {
    String of = "the website's TAGs index entry of " + tag.name() + " ";
    String text = String.join("\n", lines.subList(start, end));
    List<String> counts = new ArrayList<>();
    for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD)) {
      int n = tag.people(role).size();
      counts.add(n + " " + role.title() + (n == 1 ? "" : "s"));
    }
    String expected = String.join(", ", counts);
    java.util.Set<String> liaisons = new java.util.TreeSet<>();
    for (int i = start; i < end; i++) {
      String line = lines.get(i);
      if (line.startsWith("**Leadership**:")) {
        String said =
            line.substring("**Leadership**:".length()).replaceAll("\\\\?\\s*$", "").strip();
        if (!said.equals(expected)) {
          findings.reportIn(
              index, i + 1, of + "counts '" + said + "', the metadata '" + expected + "'");
        }
      }
      if (line.startsWith("**TOC Liaisons**:")) {
        Matcher handle = Pattern.compile("\\[@([A-Za-z0-9-]+)\\]").matcher(line);
        while (handle.find()) {
          liaisons.add(handle.group(1).toLowerCase(Locale.ROOT));
        }
      }
    }
    java.util.Set<String> known = new java.util.TreeSet<>();
    tag.contact()
        .tocLiaisons()
        .forEach(p -> p.github().ifPresent(h -> known.add(h.strip().toLowerCase(Locale.ROOT))));
    if (!liaisons.equals(known)) {
      findings.reportIn(
          index, start + 1, of + "names the TOC liaisons " + liaisons + ", the metadata " + known);
    }
    List<String> urls = new ArrayList<>();
    tag.contact().slackDetails().flatMap(slack -> slack.archiveUrl()).ifPresent(urls::add);
    tag.contact().mailingList().map(String::strip).ifPresent(urls::add);
    for (Meeting meeting : tag.meetings()) {
      meeting.tagCalendar().ifPresent(urls::add);
      meeting.recordingsUrl().ifPresent(urls::add);
    }
    for (String url : urls) {
      if (!text.contains(url.strip())) {
        findings.reportIn(index, start + 1, of + "has no link to " + url.strip());
      }
    }
  }

  /** The pages on the site that tagkit generated from this file, against what it renders to now. */
  private void generatedPages(RuleContext context, FindingSink findings) {
    if (context.file().isEmpty() || context.registry().isEmpty()) {
      return;
    }
    Path metadata = context.file().get().toAbsolutePath();
    List<GeneratedPage> pages;
    try {
      pages =
          PageGenerator.builtIn()
              .style(PageStyle.CONTRIBUTE_SITE)
              .today(context.today())
              .render(
                  context.registry().get(),
                  metadata.getFileName().toString(),
                  metadata.getParent());
    } catch (IllegalArgumentException e) {
      return; // an unsafe dir, which the schema reports as invalid-format
    }
    String source = metadata.getFileName().toString();
    try {
      for (PageFiles.Drift drift : PageFiles.drift(site, pages)) {
        findings.reportIn(
            site.resolve(drift.path()),
            drift.line(),
            drift.path()
                + " on the site is out of date with "
                + source
                + "; run '"
                + generateCommand
                + " -Dtag.style=contribute-site -Dtag.outputDirectory="
                + site
                + "' to regenerate it (hand edits belong in "
                + source
                + " or between the CUSTOM CONTENT markers):\n"
                + drift.diff());
      }
    } catch (IOException e) {
      findings.reportIn(site, 0, site + " cannot be read: " + e.getMessage());
    }
  }

  /** One page against one TAG. */
  private record Comparison(Tag tag, Path page, SitePage site, FindingSink findings, String sync) {

    Comparison(Tag tag, Path page, List<String> lines, FindingSink findings, String sync) {
      this(tag, page, SitePage.of(lines), findings, sync);
    }

    void run() {
      people(Role.CHAIR, "chairs");
      people(Role.TECH_LEAD, "tech leads");
      liaisons();
      links();
    }

    private void people(Role role, String heading) {
      int at = site.line(heading);
      Map<String, SitePage.Row> rows = new LinkedHashMap<>();
      for (SitePage.Row row : site.rows(heading)) {
        rows.put(row.handle().toLowerCase(Locale.ROOT), row);
      }
      String title = role.title().toLowerCase(Locale.ROOT);
      List<String> known = new ArrayList<>();
      for (Person person : tag.people(role)) {
        if (person.github().isEmpty()) {
          continue;
        }
        String handle = person.github().get().strip();
        known.add(handle.toLowerCase(Locale.ROOT));
        SitePage.Row row = rows.get(handle.toLowerCase(Locale.ROOT));
        if (row == null) {
          report(at, "lists no " + title + " @" + handle + " (" + name(person) + ")");
          continue;
        }
        String who = title + " @" + handle;
        String organization = person.company().map(String::strip).orElse("-");
        if (!row.name().equals(name(person))) {
          report(
              row.line(),
              "names " + who + " '" + row.name() + "', the metadata '" + name(person) + "'");
        }
        if (!row.organization().equals(organization)) {
          report(
              row.line(),
              "gives "
                  + who
                  + " the organization '"
                  + row.organization()
                  + "', the metadata '"
                  + organization
                  + "'");
        }
        person
            .term()
            .map(t -> t.start() + " to " + t.end())
            .filter(term -> !row.term().equals(term))
            .ifPresent(
                term ->
                    report(
                        row.line(),
                        "gives "
                            + who
                            + " the term '"
                            + row.term()
                            + "', the metadata "
                            + term
                            + newer(row.term(), person.term().get().start(), sync)));
      }
      rows.forEach(
          (handle, row) -> {
            if (!known.contains(handle)) {
              report(
                  row.line(),
                  "lists @"
                      + row.handle()
                      + " ("
                      + row.name()
                      + ") as a "
                      + title
                      + ", whom the metadata does not; if the website is newer, '"
                      + sync
                      + "' records it");
            }
          });
    }

    private void liaisons() {
      int at = site.line("toc liaisons");
      Map<String, Integer> items = new LinkedHashMap<>();
      for (SitePage.Liaison item : site.liaisons()) {
        items.put(item.handle().toLowerCase(Locale.ROOT), item.line());
      }
      List<String> known = new ArrayList<>();
      for (Person liaison : tag.contact().tocLiaisons()) {
        liaison
            .github()
            .map(String::strip)
            .ifPresent(
                handle -> {
                  known.add(handle.toLowerCase(Locale.ROOT));
                  if (!items.containsKey(handle.toLowerCase(Locale.ROOT))) {
                    report(at, "lists no TOC liaison @" + handle + " (" + name(liaison) + ")");
                  }
                });
      }
      items.forEach(
          (handle, line) -> {
            if (!known.contains(handle)) {
              report(line, "lists @" + handle + " as a TOC liaison, whom the metadata does not");
            }
          });
    }

    /** Every meeting, Slack and mailing-list link of the metadata is somewhere on the page. */
    private void links() {
      String text = site.text();
      List<String> urls = new ArrayList<>();
      for (Meeting meeting : tag.meetings()) {
        meeting.tagCalendar().ifPresent(urls::add);
        meeting.recordingsUrl().ifPresent(urls::add);
        meeting.meetingNotesUrl().ifPresent(urls::add);
        meeting.agendaUrl().ifPresent(urls::add);
        meeting.zoomUrl().ifPresent(urls::add);
      }
      int meetings = site.line("meetings");
      for (String url : urls) {
        if (!text.contains(url.strip())) {
          report(meetings, "has no link to " + url.strip() + ", a meeting link of the metadata");
        }
      }
      int channels = site.line("communication channels");
      tag.contact()
          .slackDetails()
          .flatMap(slack -> slack.archiveUrl())
          .filter(url -> !text.contains(url))
          .ifPresent(url -> report(channels, "has no link to the Slack channel, " + url));
      tag.contact()
          .mailingList()
          .map(String::strip)
          .filter(url -> !text.contains(url))
          .ifPresent(url -> report(channels, "has no link to the mailing list, " + url));
    }

    /**
     * Which of two terms of one person is the newer, and what brings the other in line: the one
     * that starts later (an election recorded in one place only).
     */
    private static String newer(String siteTerm, java.time.LocalDate metadataStart, String sync) {
      java.util.regex.Matcher date = Pattern.compile("\\d{4}-\\d{2}-\\d{2}").matcher(siteTerm);
      if (!date.find()) {
        return "";
      }
      java.time.LocalDate siteStart;
      try {
        siteStart = java.time.LocalDate.parse(date.group());
      } catch (java.time.format.DateTimeParseException e) {
        return "";
      }
      if (siteStart.isAfter(metadataStart)) {
        return "; the website's is newer (it starts later): '" + sync + "' records it";
      }
      if (siteStart.isBefore(metadataStart)) {
        return "; the metadata's is newer (it starts later): regenerate the page";
      }
      return "; both start the same day: one end is wrong";
    }

    private void report(int line, String what) {
      findings.reportIn(page, line, "the website's page of " + tag.name() + " " + what);
    }

    private static String name(Person person) {
      return person.name().map(String::strip).or(person::github).orElse("(unnamed)");
    }
  }
}
