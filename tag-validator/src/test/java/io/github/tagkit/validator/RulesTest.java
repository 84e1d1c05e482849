package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.validator.testing.RuleHarness;
import org.junit.jupiter.api.Test;

/**
 * Every governance rule and every reading check on its own, a line per case: what it reports, what
 * it lets pass, and the case at its boundary. Snippets are per-TAG files; most write the parts that
 * matter in YAML's flow style to stay on one line.
 */
class RulesTest {
  /** A TAG that passes every rule, for the snippets to change one thing of. */
  private static final String TAG =
      "dir: tag-x\nname: TAG X\n"
          + "leadership: {chairs: [{github: a, name: A, term: {start: 2025-07-01, end: 2027-06-30}}]}\n"
          + "meetings: [{recordings_url: 'https://www.youtube.com/@x'}]\n"
          + "contact: {toc_liaison: [{github: l, name: L}]}\n";

  private static String tag(String... replacing) {
    String yaml = TAG;
    for (int i = 0; i < replacing.length; i += 2) {
      yaml = yaml.replace(replacing[i], replacing[i + 1]);
    }
    return yaml;
  }

  private static String chair(String chair) {
    return tag(
        "leadership: {chairs: [{github: a, name: A, term: {start: 2025-07-01, end: 2027-06-30}}]}",
        "leadership: {chairs: [" + chair + "]}");
  }

  @Test
  void requireChairs() {
    RuleHarness.forRule("require-chairs")
        .test(TAG)
        .test(chair(""), "3:14 TAG X lists no chairs; add them under leadership.chairs")
        .test(
            tag(
                "leadership: {chairs: [{github: a, name: A, term: {start: 2025-07-01, end: 2027-06-30}}]}\n",
                ""),
            "1:1 TAG X lists no chairs; add them under leadership.chairs");
  }

  @Test
  void requireTocLiaison() {
    RuleHarness.forRule("require-toc-liaison")
        .test(TAG)
        .test(
            tag("contact: {toc_liaison: [{github: l, name: L}]}\n", ""),
            "1:1 TAG X lists no TOC liaison; add contact.toc_liaison")
        .test(
            tag("toc_liaison: [{github: l, name: L}]", "toc_liaison: []"),
            "5:11 TAG X lists no TOC liaison; add contact.toc_liaison");
  }

  @Test
  void requireMeetings() {
    RuleHarness.forRule("require-meetings")
        .test(TAG)
        .test(
            tag("meetings: [{recordings_url: 'https://www.youtube.com/@x'}]\n", ""),
            "1:1 TAG X lists no meetings; governance requires a public meeting at least monthly");
  }

  @Test
  void requireRecordings() {
    RuleHarness.forRule("require-recordings")
        .test(TAG)
        .test(
            tag(
                "{recordings_url: 'https://www.youtube.com/@x'}",
                "{zoom_url: 'https://zoom.us/j/1'}"),
            "4:12 TAG X publishes no meeting recordings; add recordings_url to its meeting")
        .test(
            tag(
                "[{recordings_url: 'https://www.youtube.com/@x'}]",
                "[{zoom_url: 'https://zoom.us/j/1'}, {recordings_url: 'https://www.youtube.com/@x'}]"));
  }

  private static final String SUBPROJECT =
      "tag_subprojects: [{dir: sub-a, name: Sub A, leadership: {subproject_leads: [LEADS]}}]\n";

  @Test
  void subprojectMinLeads() {
    RuleHarness.forRule("subproject-min-leads")
        .test(TAG + SUBPROJECT.replace("LEADS", "{github: s1, name: S1}, {github: s2, name: S2}"))
        .test(
            TAG + SUBPROJECT.replace("LEADS", "{github: s1, name: S1}"),
            "6:45 Sub A has 1 lead; a subproject needs at least 2 subproject_leads")
        .test(
            TAG + "tag_subprojects: [{dir: sub-a, name: Sub A}]\n",
            "6:19 Sub A has no leads; a subproject needs at least 2 subproject_leads");
  }

  @Test
  void requireLeaderHandle() {
    RuleHarness.forRule("require-leader-handle")
        .test(TAG)
        .test(chair("{name: A}"), "3:23 chair A has no GitHub handle; add 'github:'")
        .test(
            tag("{github: l, name: L}", "{name: L}"),
            "5:25 TOC liaison L has no GitHub handle; add 'github:'")
        .test(tag("]}\nmeetings", "], emeritus_leads: [{name: E}]}\nmeetings"));
  }

  @Test
  void requireLeaderName() {
    RuleHarness.forRule("require-leader-name")
        .test(TAG)
        .test(chair("{github: a}"), "3:23 chair @a has no name; add 'name:'")
        .test(chair("{}"), "3:23 a chair with neither name nor handle has no name; add 'name:'");
  }

  @Test
  void duplicatePerson() {
    RuleHarness.forRule("duplicate-person")
        .test(TAG)
        .test(
            chair("{github: a, name: A}, {github: A, name: A}"),
            "3:45 @A is listed twice as chair of TAG X (also at /leadership/chairs/0); remove one entry")
        .test(tag("{github: l, name: L}", "{github: a, name: A}"));
  }

  @Test
  void inconsistentPerson() {
    RuleHarness.forRule("inconsistent-person")
        .test(tag("{github: l, name: L}", "{github: a, name: A}"))
        .test(
            tag("{github: l, name: L}", "{github: A, name: Ay}"),
            "5:37 @A has name 'Ay' here but 'A' at /leadership/chairs/0; use one")
        .test(
            chair(
                "{github: a, name: A, email: a@x.org}, {github: a, name: A, email: A@X.org, company: Y}"))
        .test(
            chair(
                "{github: a, name: A, email: a@x.org, company: X}, {github: a, name: A, email: a@y.org, company: Y}"),
            "3:110 @a has company 'Y' here but 'X' at /leadership/chairs/0; use one")
        // Two addresses of one person at one company: inconsistent-email's, at information level.
        .test(
            chair(
                "{github: a, name: A, email: a@x.org, company: X}, {github: a, name: A, email: a.b@x.org, company: X}"));
  }

  @Test
  void inconsistentEmail() {
    RuleHarness.forRule("inconsistent-email")
        .test(
            chair(
                "{github: a, name: A, email: a@x.org}, {github: a, name: A, email: A@X.org, company: Y}"))
        .test(
            chair(
                "{github: a, name: A, email: a@x.org, company: X}, {github: a, name: A, email: a@y.org, company: Y}"),
            "3:94 @a has email 'a@y.org' here but 'a@x.org' at /leadership/chairs/0; use one");
    assertThat(TagValidator.builder().build().rules())
        .filteredOn(rule -> rule.id().equals("inconsistent-email"))
        .singleElement()
        .extracting(RuleInfo::severity)
        .isEqualTo(io.github.tagkit.validator.spi.Severity.INFO);
  }

  @Test
  void termMissing() {
    RuleHarness.forRule("term-missing")
        .test(TAG)
        .test(
            chair("{github: a, name: A}"),
            "3:23 chair A (@a) has no term; add term: with the start and end of the mandate")
        .test(tag("]}\nmeetings", "], emeritus_leads: [{github: e, name: E}]}\nmeetings"))
        .test(
            TAG + SUBPROJECT.replace("LEADS", "{github: s1, name: S1}"),
            "6:77 subproject lead S1 (@s1) has no term; add term: with the start and end of the mandate");
  }

  private static String term(String start, String end) {
    return chair("{github: a, name: A, term: {start: " + start + ", end: " + end + "}}");
  }

  @Test
  void termStartAfterEnd() {
    RuleHarness.forRule("term-start-after-end")
        .test(term("2026-07-01", "2026-07-01"))
        .test(
            term("2026-07-02", "2026-07-01"),
            "3:44 chair term of A (@a) starts 2026-07-02, after it ends 2026-07-01; swap the dates");
  }

  @Test
  void termTooLong() {
    RuleHarness.forRule("term-too-long")
        .test(term("2025-07-01", "2027-06-30"))
        .test(
            term("2025-07-01", "2027-07-31"),
            "3:44 chair term of A (@a) runs 2 years and 1 month (2025-07-01 to 2027-07-31); governance allows 2 years")
        .test(
            TAG
                + SUBPROJECT.replace(
                    "LEADS", "{github: s1, name: S1, term: {start: 2026-01-01, end: 2027-01-31}}"),
            "6:100 subproject lead term of S1 (@s1) runs 1 year and 1 month (2026-01-01 to 2027-01-31); governance allows 1 year");
  }

  @Test
  void termExpired() {
    RuleHarness.forRule("term-expired")
        .test(term("2024-07-01", "2026-07-01"))
        .test(
            term("2024-07-01", "2026-06-30"),
            "3:70 chair term of A (@a) ended 2026-06-30 (1 day before 2026-07-01); record the renewal with a new term, or move them to emeritus_leads");
  }

  @Test
  void termEndingSoon() {
    RuleHarness.forRule("term-ending-soon")
        .test(
            term("2024-07-01", "2026-07-01"),
            "3:70 chair term of A (@a) ends today, 2026-07-01; plan the election")
        .test(
            term("2024-07-31", "2026-07-31"),
            "3:70 chair term of A (@a) ends 2026-07-31, in 30 days; plan the election")
        .test(term("2024-08-01", "2026-08-01"))
        .test(term("2024-06-30", "2026-06-30"));
    RuleHarness.forRule("term-ending-soon")
        .warningDays(0)
        .test(
            term("2024-07-01", "2026-07-01"),
            "3:70 chair term of A (@a) ends today, 2026-07-01; plan the election")
        .test(term("2024-07-02", "2026-07-02"));
  }

  @Test
  void placeholderText() {
    RuleHarness.forRule("placeholder-text")
        .test(chair("{github: a, name: A, company: Barcelona Bar Inc}"))
        .test(
            chair("{github: a, name: TBD}"),
            "3:35 'name' holds placeholder text ('TBD'); write the real value or remove the key")
        .test(
            chair("{github: a, name: A, company: Foo-Baz-Bar}"),
            "3:44 'company' holds placeholder text ('Foo' in 'Foo-Baz-Bar'); write the real value or remove the key");
  }

  @Test
  void sentenceInName() {
    RuleHarness.forRule("sentence-in-name")
        .test(
            chair(
                "{github: a, name: J. R. R. Tolkien, term: {start: 2025-07-01, end: 2027-06-30}}"))
        .test(
            chair(
                "{github: a, name: Mary Ann de la Cruz Fernandez, term: {start: 2025-07-01, end: 2027-06-30}}"))
        .test(
            tag("name: TAG X\n", "name: Please add the name of the TAG here.\n"),
            "2:1 'name' holds a sentence ('Please add the name...'), not a name; put the name here,"
                + " and the text in the description or a comment");
    // and other rules name it by its first words
    RuleHarness.forRule("require-meetings")
        .test(
            tag("name: TAG X\n", "name: Please add the name of the TAG here.\n")
                .replace("meetings: [{recordings_url: 'https://www.youtube.com/@x'}]\n", ""),
            "1:1 Please add the name... lists no meetings; governance requires a public meeting at"
                + " least monthly");
  }

  @Test
  void labelMatchesDir() {
    RuleHarness.forRule("label-matches-dir")
        .test(tag("name: TAG X\n", "name: TAG X\nlabel: tag-x\n"))
        .test(
            tag("name: TAG X\n", "name: TAG X\nlabel: tag-y\n"),
            "3:1 label 'tag-y' differs from dir 'tag-x'; make them the same");
  }

  @Test
  void uniqueDirAndLabel() {
    String two = "tag_subprojects: [{dir: sub-a, name: Sub A}, {dir: DIR, name: Sub B}]\n";
    RuleHarness.forRule("unique-dir-and-label")
        .test(TAG + two.replace("DIR", "sub-b"))
        .test(
            TAG + two.replace("DIR", "sub-a"),
            "6:47 dir 'sub-a' is also used at /tag_subprojects/0; each group needs its own")
        .test(
            TAG + two.replace("DIR", "Sub-A"),
            "6:47 dir 'Sub-A' is also used at /tag_subprojects/0; each group needs its own");
  }

  private static String recurrence(String zone) {
    return tag(
        "{recordings_url: 'https://www.youtube.com/@x'}",
        "{recordings_url: 'https://www.youtube.com/@x', recurrence: {frequency: weekly, day: tuesday, time: '10:00', time_zone: "
            + zone
            + "}}");
  }

  @Test
  void timeZoneId() {
    RuleHarness.forRule("time-zone-id")
        .test(recurrence("Europe/Berlin"))
        .test(recurrence("UTC"))
        .test(
            recurrence("PST"),
            "4:120 time_zone 'PST' is not an IANA time zone id; did you mean America/Los_Angeles?")
        .test(
            recurrence("Mars/Olympus"),
            "4:120 time_zone 'Mars/Olympus' is not an IANA time zone id; write one such as America/Los_Angeles or Europe/Berlin");
  }

  @Test
  void ambiguousTimeZone() {
    String schedule =
        "{recordings_url: 'https://www.youtube.com/@x', schedule: 'Tuesdays 10:00 WHEN'}";
    RuleHarness.forRule("ambiguous-time-zone")
        .test(
            tag("{recordings_url: 'https://www.youtube.com/@x'}", schedule.replace("WHEN", "UTC")))
        .test(
            tag("{recordings_url: 'https://www.youtube.com/@x'}", schedule.replace("WHEN", "PST")),
            "4:59 schedule gives its time zone as PST; add a recurrence with time_zone: America/Los_Angeles so every reader sees the right local time");
  }

  private static String recurring(String recurrence) {
    return tag(
        "{recordings_url: 'https://www.youtube.com/@x'}",
        "{recordings_url: 'https://www.youtube.com/@x', recurrence: {" + recurrence + "}}");
  }

  @Test
  void requireStartDate() {
    RuleHarness.forRule("require-start-date")
        .test(recurring("frequency: weekly, day: tuesday, time: '10:00', time_zone: UTC"))
        .test(
            recurring(
                "frequency: biweekly, day: tuesday, time: '10:00', time_zone: UTC, start_date: 2026-01-06"))
        .test(
            recurring("frequency: biweekly, day: tuesday, time: '10:00', time_zone: UTC"),
            "4:59 a biweekly meeting needs a start_date, the day of its first meeting: without one nobody can tell which weeks it meets, and the calendar leaves it out")
        .test(
            recurring(
                "frequency: monthly, week_of_month: 2, day: friday, time: '10:00', time_zone: UTC"),
            "4:59 a monthly meeting needs a start_date, the day of its first meeting: without one nobody can tell from which month it meets, and the calendar leaves it out");
  }

  @Test
  void startDateOnDay() {
    String weekly = "frequency: weekly, day: thursday, time: '10:00', time_zone: UTC, start_date: ";
    RuleHarness.forRule("start-date-on-day")
        .test(recurring(weekly + "2026-03-05"))
        .test(
            recurring(weekly + "2026-03-02"),
            "4:137 start_date 2026-03-02 is a Monday, not a Thursday; calendars would add a meeting on it: write the first meeting's day, 2026-03-05")
        // The day before: the first meeting is the next day.
        .test(
            recurring(weekly + "2026-03-04"),
            "4:137 start_date 2026-03-04 is a Wednesday, not a Thursday; calendars would add a meeting on it: write the first meeting's day, 2026-03-05")
        .test(
            recurring(
                "frequency: monthly, week_of_month: -1, day: friday, time: '10:00', time_zone: UTC, start_date: 2026-07-01"),
            "4:155 start_date 2026-07-01 is a Wednesday, not a Friday; calendars would add a meeting on it: write the first meeting's day, 2026-07-31");
  }

  @Test
  void fifthWeekOfMonth() {
    String monthly =
        "frequency: monthly, day: tuesday, time: '10:00', time_zone: UTC, start_date: 2026-03-31, week_of_month: ";
    RuleHarness.forRule("fifth-week-of-month")
        .test(recurring(monthly + "4"))
        .test(recurring(monthly + "-1"))
        .test(
            recurring(monthly + "5"),
            "4:161 week_of_month 5 means no meeting in a month without a fifth Tuesday; write -1 for the last Tuesday of every month");
  }

  @Test
  void meetingTimeAtClockChange() {
    String berlin = "frequency: weekly, day: sunday, time: 'TIME', time_zone: Europe/Berlin";
    RuleHarness.forRule("meeting-time-at-clock-change")
        .today("2026-07-01")
        .test(recurring(berlin.replace("TIME", "12:00")))
        // The first spring change after 2026-07-01 is 2027-03-28; the autumn one comes first.
        .test(
            recurring(berlin.replace("TIME", "02:30")),
            "4:104 02:30 Europe/Berlin happens twice on 2026-10-25 (the clocks go back from 03:00 to 02:00); choose a time outside 02:00–03:00")
        .test(
            recurring(
                berlin
                    .replace("TIME", "02:00")
                    .replace("sunday", "sunday, start_date: 2026-11-01")),
            "4:128 02:00 Europe/Berlin does not exist on 2027-03-28 (the clocks go forward from 02:00 to 03:00): calendars move the meeting an hour later that day; choose a time outside 02:00–03:00")
        // 03:00 is the first minute after both changes.
        .test(recurring(berlin.replace("TIME", "03:00")))
        .test(recurring("frequency: weekly, day: sunday, time: '02:30', time_zone: UTC"));
  }

  @Test
  void requireCharter() {
    String linked = tag("name: TAG X\n", "name: TAG X\ncharter_link: charter.md\n");
    RuleHarness.forRule("require-charter")
        .test(TAG)
        .test(linked)
        .withFile("charter.md", "# Charter\n\n## Mission\n\nTo be.\n")
        .test(linked, "charter.md:1:1 charter.md has no Scope section; a charter states both")
        .withFile(
            "charter.md", "# Charter\n\n## Mission Statement\n\nTo be.\n\n### In-Scope\n\nAll.\n")
        .test(linked)
        .withFile("charter.md", "# Charter\n\n## Mission\n\nTo be.\n\n## Out of Scope\n\nAll.\n")
        .test(linked, "charter.md:1:1 charter.md has no Scope section; a charter states both")
        // Found at its title, wherever that is.
        .withFile("charter.md", "Notes.\n\n# Charter\n\n## Scope\n\nAll.\n")
        .test(linked, "charter.md:3:1 charter.md has no Mission section; a charter states both")
        .withFile("charter.md", "Charter content here")
        .test(
            linked,
            "charter.md:1:1 charter.md is a placeholder ('Charter content here'); write the group's charter: its mission and scope")
        .test(
            TAG,
            "charter.md:1:1 charter.md is a placeholder ('Charter content here'); write the group's charter: its mission and scope")
        .withFile("charter.md", "# TAG X Charter\n\n## Mission\n")
        .test(
            linked,
            "charter.md:1:1 charter.md is a placeholder (headings only); write the group's charter: its mission and scope");
  }

  @Test
  void localPathExists() {
    String preview = "name: TAG X\nlandscape_preview_image: PATH\n";
    RuleHarness.forRule("local-path-exists")
        .test(TAG)
        .test(
            tag("name: TAG X\n", "name: TAG X\ncharter_link: charter.md\n"),
            "3:1 charter_link 'charter.md' names charter.md, which does not exist")
        .test(tag("name: TAG X\n", "name: TAG X\ncharter_link: 'https://example.org/charter.md'\n"))
        .test(
            tag("name: TAG X\n", preview.replace("PATH", "../preview.png")),
            "3:1 landscape_preview_image '../preview.png' leaves the repository")
        .test(
            tag("name: TAG X\n", preview.replace("PATH", "./landscape/preview.png")),
            "3:1 landscape_preview_image './landscape/preview.png' names landscape/preview.png, which does not exist")
        .withFile("landscape/preview.png", "PNG")
        .test(tag("name: TAG X\n", preview.replace("PATH", "./landscape/preview.png")))
        .test(tag("name: TAG X\n", preview.replace("PATH", "/landscape/preview.png#top")))
        .test(
            tag(
                "name: TAG X\n",
                "name: TAG X\npage: {resources: [{title: Deck, url: 'slides/deck%201.pdf'}]}\n"),
            "3:34 url 'slides/deck%201.pdf' names slides/deck 1.pdf, which does not exist");
  }

  @Test
  void invisibleCharacter() {
    String why =
        ", which no reader can see and which can make the text read differently from what it"
            + " holds; remove it";
    RuleHarness.forRule("invisible-character")
        .test(TAG)
        .test(
            tag("name: TAG X", "name: \"TAG X\\u202E\""),
            "2:1 'name' holds U+202E (RIGHT-TO-LEFT OVERRIDE)" + why)
        .test(
            tag("name: A,", "name: \"A\\u2067\\u2069\","),
            "3:35 'name' holds U+2067 (RIGHT-TO-LEFT ISOLATE) and 1 more such character(s)" + why)
        // The boundary: joiners and tabs are text.
        .test(tag("name: A,", "name: \"A\\u200D\\u200C\\tB\","));
  }

  @Test
  void linkScheme() {
    String why =
        ": link, which pages show as text and never link to; use an https URL or a path in"
            + " the repository";
    RuleHarness.forRule("link-scheme")
        .test(TAG + "charter_link: charter.md\n")
        .test(TAG + "charter_link: https://github.com/cncf/toc/blob/main/charter.md\n")
        .test(
            TAG + "charter_link: \"javascript:alert(1)\"\n",
            "6:1 'charter_link' is a javascript" + why)
        // A scheme a browser reads through a tab and leading spaces is still that scheme.
        .test(
            TAG + "landscape_preview_image: \" java\\tscript:x\"\n",
            "6:1 'landscape_preview_image' is a javascript" + why)
        .test(
            TAG + "page: {resources: [{title: T, url: 'data:text/html,x'}]}\n",
            "6:31 'url' is a data" + why)
        // The boundary: http and mailto are links a page may make.
        .test(TAG + "page: {resources: [{title: T, url: 'mailto:a@example.org'}]}\n");
  }

  @Test
  void labelExists() {
    String labels =
        "labels:\n- name: tag/x\n  color: 000000\n- name: kind/initiative\n- name: sub/mentoring\n";
    String registry =
        "tags:\n  - dir: tag-x\n    name: TAG X\n    tag_initiatives: LINK\n"
            + "toc_subprojects:\n  - dir: mentoring-subproject\n    name: Mentoring\n";
    String link = "https://github.com/cncf/toc/issues?q=state%3Aopen%20label%3A";
    RuleHarness.forRule("label-exists")
        .test(registry.replace("LINK", link + "tag%2Fy"))
        .withFile(".github/labels.yaml", labels)
        .test(registry.replace("LINK", link + "tag%2Fx%20label%3Akind%2Finitiative"))
        .test(
            registry.replace("LINK", link + "toc%2Fmentoring-subproject"),
            "4:5 tag_initiatives searches for label 'toc/mentoring-subproject', which"
                + " .github/labels.yaml does not define; the closest that is: 'sub/mentoring'")
        .test(
            registry.replace("dir: tag-x", "dir: tag-z").replace("LINK", link + "tag/x"),
            "2:5 TAG X's label 'tag/z' is not defined in .github/labels.yaml; the closest that is:"
                + " 'tag/x'")
        // cncf/toc's labels: kind/subproject is nearer in letters, sub/mentoring is the group's.
        .withFile(".github/labels.yaml", labels + "- name: kind/subproject\n")
        .test(
            registry.replace("LINK", link + "tag%2Fx")
                + "    subproject_initiatives: "
                + link
                + "toc%2Fmentoring-subproject\n",
            "8:5 subproject_initiatives searches for label 'toc/mentoring-subproject', which"
                + " .github/labels.yaml does not define; this group's own label is 'sub/mentoring'");
  }

  /** In a registry, a group with neither a charter_link nor charter.md in its directory. */
  @Test
  void requireCharterInARegistry() {
    String registry =
        "tags:\n  - dir: tag-x\n    name: TAG X\n    charter_link: charter.md\n"
            + "    tag_subprojects:\n      - dir: sub-a\n        name: Sub A\n";
    RuleHarness.forRule("require-charter")
        .withFile("tags/tag-x/charter.md", "# X\n\n## Mission\n\nX.\n\n## In Scope\n\nX.\n")
        .test(
            registry.replace("\n    charter_link: charter.md", ""),
            "5:9 Sub A has no charter: add tags/tag-x/subprojects/sub-a/charter.md or a charter_link")
        .test(
            registry,
            "6:9 Sub A has no charter: add tags/tag-x/subprojects/sub-a/charter.md or a charter_link")
        .withFile("tags/tag-x/subprojects/sub-a/charter.md", "Charter content here")
        .test(
            registry,
            "tags/tag-x/subprojects/sub-a/charter.md:1:1 tags/tag-x/subprojects/sub-a/charter.md is a placeholder ('Charter content here'); write the group's charter: its mission and scope");
  }

  /** Each reading check: what it reports, a file it passes, and a case at its edge. */
  @Test
  void readingChecks() {
    RuleHarness.forRule("unknown-key")
        .test(
            TAG + "contcat: {}\n", "6:1 unknown key 'contcat' at the root; did you mean 'contact'?")
        .test(TAG + "label: tag-x\n");
    RuleHarness.forRule("duplicate-key")
        .test(
            TAG + "name: TAG Y\n",
            "6:1 duplicate key 'name' in the root; the first one, at line 2, is used")
        .test(TAG + "Name: TAG Y\n"); // keys are case-sensitive: Name is another (unknown) key
    RuleHarness.forRule("required-key")
        .test(tag("name: TAG X\n", ""), "1:1 'name' is required in the root")
        .test(TAG);
    RuleHarness.forRule("wrong-type")
        .test(
            tag("meetings: [{recordings_url: 'https://www.youtube.com/@x'}]", "meetings: monthly"),
            "4:11 'meetings' must be a list, not text")
        .test(tag("meetings: [{recordings_url: 'https://www.youtube.com/@x'}]", "meetings: []"));
    RuleHarness.forRule("invalid-value")
        .test(
            recurrence("UTC").replace("weekly", "sometimes"),
            "4:83 'frequency' is 'sometimes', which is not one of weekly, biweekly, monthly")
        .test(recurrence("UTC").replace("weekly", "monthly"));
    RuleHarness.forRule("yaml-syntax")
        .test(
            TAG + "summary: 'unclosed\n",
            "7:1 malformed YAML: found unexpected end of stream (while scanning a quoted scalar that starts at line 6)")
        .test(TAG + "label: 'it''s closed'\n");
    RuleHarness.forRule("yaml-alias")
        .test(
            TAG.replace("name: A,", "name: &n A,") + "label: *n\n",
            "6:8 YAML alias '*n' is not supported; write the value out")
        .test(TAG + "label: '*n'\n"); // quoted, it is text
    RuleHarness.forRule("empty-file")
        .test("\n# nothing yet\n", "0:0 the file holds no YAML document")
        .test("   \n", "0:0 the file is empty")
        .test(TAG);
  }

  /**
   * A schema error in one entry hides nothing of the others, nor of its own entry but the broken
   * value, and says what it does hide.
   */
  @Test
  void oneRunShowsEveryIndependentFinding() {
    String registry =
        "tags:\n  - dir: tag-a\n    name: TAG A\n    meetings: monthly\n"
            + "  - dir: tag-b\n    name: TAG B\n";
    RuleHarness.forRule("wrong-type").test(registry, "4:15 'meetings' must be a list, not text");
    RuleHarness.forRule("rules-skipped")
        .test(
            registry,
            "4:5 governance rules ran on /tags/0 without /tags/0/meetings, which cannot be read"
                + " ('meetings' must be a list, not text); none of them checked it");
    // TAG A is checked too, all but its meetings: it has no chairs, and no second finding says it
    // has no meetings.
    RuleHarness.forRule("require-chairs")
        .test(
            registry,
            "2:5 TAG A lists no chairs; add them under leadership.chairs",
            "5:5 TAG B lists no chairs; add them under leadership.chairs");
    RuleHarness.forRule("require-meetings")
        .test(
            registry,
            "5:5 TAG B lists no meetings; governance requires a public meeting at least monthly");
    RuleHarness.forRule("rules-skipped")
        .test(registry.replace("meetings: monthly", "meetings: []"));
  }

  @Test
  void aDayThatDoesNotExistSaysWhy() {
    RuleHarness.forRule("invalid-format")
        .test(term("2024-02-29", "2026-02-28"))
        .test(
            term("2024-02-29", "2026-02-29"),
            "3:75 'end' is '2026-02-29', which is not a date (YYYY-MM-DD): February 2026 has 28 days")
        .test(
            term("2024-13-01", "2026-06-30"),
            "3:58 'start' is '2024-13-01', which is not a date (YYYY-MM-DD): there is no month 13; months run from 01 to 12");
  }

  @Test
  void aGitHubHandleHasAtMost39Characters() {
    String at39 = "a".repeat(38) + "b";
    RuleHarness.forRule("invalid-format")
        .test(chair("{github: " + at39 + ", name: A}"))
        .test(
            chair("{github: " + at39 + "c, name: A}"),
            "3:32 'github' is '"
                + at39
                + "c', which is not a GitHub handle (letters, digits and single hyphens, at most 39)")
        .test(
            chair("{github: a-, name: A}"),
            "3:32 'github' is 'a-', which is not a GitHub handle (letters, digits and single hyphens, at most 39)");
  }
}
