package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code examples/tag-infrastructure/tag.yaml} holds every fact of the TAG's landing page (the
 * seed), and the leadership of the TAG's real registry entry.
 */
class ExampleTagInfrastructureTest {
  private static final Pattern LINK = Pattern.compile("\\]\\((https?://[^)]+)\\)");

  private final String seed = Fixtures.text(Fixtures.resource("seed/tag-infrastructure-page.md"));
  private final TagRegistry registry =
      Fixtures.read(Fixtures.example("tag-infrastructure/tag.yaml"));
  private final Tag tag = registry.tags().get(0);
  private final Page page = tag.page().orElseThrow();

  @Test
  void isASingleTagFile() {
    assertThat(registry.layout()).isEqualTo(Layout.SINGLE_TAG);
    assertThat(tag.dir()).isEqualTo("tag-infrastructure");
    assertThat(tag.name()).isEqualTo("TAG Infrastructure");
    assertThat(seed).contains("# " + tag.name() + "\n");
  }

  @Test
  void summaryIsTheSeedsIntroduction() {
    assertThat(paragraphAfter("# TAG Infrastructure"))
        .isEqualTo(page.summary().orElseThrow().strip().replaceAll("\\s+", " "));
  }

  @Test
  void missionAndScopeAreTheSeedsLists() {
    assertThat(page.mission()).isEqualTo(items("## Mission"));
    assertThat(page.scope()).isEqualTo(items("## Scope"));
  }

  @Test
  void contributingAndProposingAreTheSeedsLists() {
    assertThat(page.contributing()).isEqualTo(items("### Contribute"));
    assertThat(page.proposing()).isEqualTo(items("### Propose New Work"));
  }

  @Test
  void resourcesAreTheSeedsTable() {
    List<String> rows = new ArrayList<>();
    for (Resource resource : page.resources()) {
      rows.add(
          "| ["
              + resource.title()
              + "]("
              + resource.url()
              + ") | "
              + resource.description().orElseThrow()
              + " |");
    }
    assertThat(section("## Resources")).containsSequence(rows);
  }

  @Test
  void meetingHoldsTheSeedsScheduleFormatAndResources() {
    Meeting meeting = tag.meetings().get(0);
    String regular = String.join("\n", section("### Regular Meetings"));
    assertThat(regular)
        .contains("**Format**: " + meeting.format().orElseThrow())
        .contains("(" + meeting.recordingsUrl().orElseThrow() + ")")
        .contains("**Schedule**: Check the [CNCF Public Calendar](" + meeting.tagCalendar().get());
    // The seed's schedule only points at the calendar: the page says so from tag_calendar, and a
    // schedule is plain text (a page escapes any Markdown in it).
    assertThat(meeting.schedule()).isEmpty();
    String resources = String.join("\n", section("### Meeting Resources"));
    assertThat(resources)
        .contains(
            "| Meeting Notes | [GitHub Repository](" + meeting.meetingNotesUrl().orElseThrow())
        .contains("| Meeting Agenda | [GitHub Issues](" + meeting.agendaUrl().orElseThrow())
        .contains("| Calendar | [CNCF Public Calendar](" + meeting.tagCalendar().orElseThrow());
  }

  @Test
  void channelsCarryTheSeedsPurposesAndLinks() {
    assertThat(tag.contact().channels()).hasSize(3);
    SlackChannel slack = tag.contact().slackDetails().orElseThrow();
    assertThat(String.join("\n", section("### Slack")))
        .contains(
            "`"
                + slack.name().orElseThrow()
                + "` on [CNCF Slack]("
                + slack.workspaceUrl().orElseThrow()
                + ")")
        .contains("**Purpose**: " + slack.purpose().orElseThrow())
        .contains("(" + slack.inviteUrl().orElseThrow() + ")");
    MailingList list = tag.contact().mailingListDetails().orElseThrow();
    assertThat(String.join("\n", section("### Mailing List")))
        .contains("[" + list.address().orElseThrow() + "](" + list.url().orElseThrow() + ")")
        .contains("**Purpose**: " + list.purpose().orElseThrow())
        .contains("**Archives**: [lists.cncf.io](" + list.archivesUrl().orElseThrow() + ")");
    GitHubRepository repository = tag.contact().repository().orElseThrow();
    assertThat(String.join("\n", section("### GitHub")))
        .contains("(" + repository.url() + ")")
        .contains("**Purpose**: " + repository.purpose().orElseThrow());
  }

  @Test
  void rolesCarryTheSeedsDuties() {
    List<String> duties = items("## Leadership");
    assertThat(duties)
        .containsExactly(
            "**Chairs**: " + Role.CHAIR.duties(),
            "**Tech Leads**: " + Role.TECH_LEAD.duties(),
            "**TOC Liaison**: " + Role.TOC_LIAISON.duties());
  }

  @Test
  void initiativesSummaryIsTheSeedsParagraph() {
    assertThat(paragraphAfter("## Current Initiatives"))
        .isEqualTo(page.initiativesSummary().orElseThrow().strip().replaceAll("\\s+", " "));
  }

  @Test
  void everyLinkOfTheSeedIsInTheMetadata() {
    Set<String> seedLinks = new LinkedHashSet<>();
    Matcher links = LINK.matcher(seed);
    while (links.find()) {
      seedLinks.add(links.group(1));
    }
    assertThat(seedLinks).hasSizeGreaterThanOrEqualTo(8);
    String json = registry.toJson();
    for (String link : seedLinks) {
      assertThat(json).as("link %s", link).contains("\"" + link + "\"");
    }
  }

  @Test
  void leadershipIsTheRealRegistryEntrys() {
    Tag real = Fixtures.read(Fixtures.excerpt()).tag("tag-infrastructure").orElseThrow();
    assertThat(tag.leadership()).isEqualTo(real.leadership());
    assertThat(tag.contact().tocLiaisons()).isEqualTo(real.contact().tocLiaisons());
    assertThat(tag.contact().slack()).isEqualTo(real.contact().slack());
    assertThat(tag.missionStatement()).isEqualTo(real.missionStatement());
    assertThat(tag.initiativesUrl()).isEqualTo(real.initiativesUrl());
  }

  /** The lines of a section of the seed, up to the next heading of the same or a higher level. */
  private List<String> section(String heading) {
    List<String> lines = seed.lines().toList();
    int start = lines.indexOf(heading);
    assertThat(start).as("seed heading %s", heading).isNotNegative();
    String level = heading.substring(0, heading.indexOf(' ') + 1);
    List<String> body = new ArrayList<>();
    for (String line : lines.subList(start + 1, lines.size())) {
      if (line.startsWith("#") && line.indexOf(' ') <= level.length() - 1) {
        break;
      }
      body.add(line);
    }
    return body;
  }

  /** The list items (bulleted or numbered) of a section, without their markers. */
  private List<String> items(String heading) {
    return section(heading).stream()
        .filter(line -> line.matches("(- |\\d+\\. ).*"))
        .map(line -> line.replaceFirst("^(- |\\d+\\. )", ""))
        .toList();
  }

  private String paragraphAfter(String heading) {
    return section(heading).stream()
        .dropWhile(String::isBlank)
        .takeWhile(line -> !line.isBlank())
        .reduce((a, b) -> a + " " + b)
        .orElseThrow();
  }
}
