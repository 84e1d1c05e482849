package io.github.tagkit.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The real cncf/toc excerpt reads completely: every field of every entry lands in the model. */
class RealRegistryTest {
  private final TagRegistry registry = Fixtures.read(Fixtures.excerpt());

  @Test
  void readsTheRegistryLayoutWithItsThreeTags() {
    assertThat(registry.layout()).isEqualTo(Layout.REGISTRY);
    assertThat(registry.tags())
        .extracting(Tag::dir)
        .containsExactly(
            "tag-infrastructure", "tag-operational-resilience", "tag-workloads-foundation");
    assertThat(registry.tocSubprojects()).isEmpty();
    assertThat(registry.groups())
        .extracting(Group::dir)
        .containsExactly(
            "tag-infrastructure",
            "tag-operational-resilience",
            "green-reviews",
            "tag-workloads-foundation",
            "batch");
  }

  @Test
  void tagInfrastructure() {
    Tag tag = registry.tag("tag-infrastructure").orElseThrow();
    assertThat(tag.name()).isEqualTo("TAG Infrastructure");
    assertThat(tag.missionStatement())
        .contains(
            "Data, Storage, Network, DNS, Compute, Service Mesh, Infrastructure-as-Code, Edge,"
                + " Sovereignty, Load Balancing\n");
    assertThat(tag.charterLink()).contains("charter.md");
    assertThat(tag.label()).contains("tag-infrastructure");
    assertThat(tag.page()).isEmpty();

    assertThat(tag.leadership().chairs())
        .containsExactly(
            leader("GenPage", "Dylan Page", "2025-07-01", "2027-06-30"),
            leader("kashifest", "Kashif Khan", "2025-07-01", "2027-06-30"),
            leader("xing-yang", "Xing Yang", "2026-06-09", "2028-06-30"));
    assertThat(tag.leadership().techLeads())
        .containsExactly(
            leader("alexagriffith", "Alexa Griffith", "2025-07-02", "2027-06-30"),
            leader("aojea", "Antonio Ojea", "2025-07-02", "2027-06-30"),
            leader("bschaatsbergen", "Bruno Schaatsbergen", "2025-07-02", "2026-06-30"),
            leader("nicholasjackson", "Nicholas Jackson", "2025-07-02", "2026-06-30"),
            leader("hzxuzhonghu", "Zhonghu Xu", "2025-07-02", "2027-06-30"));
    assertThat(tag.leadership().subprojectLeads()).isEmpty();
    assertThat(tag.leadership().emeritusLeads()).isEmpty();

    assertThat(tag.meetings())
        .containsExactly(
            new Meeting(
                Optional.of("TAG Infrastructure Meetings"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.of(
                    "https://zoom-lfx.platform.linuxfoundation.org/meetings/tag-infrastructure?view=list"),
                Optional.empty(),
                Optional.of("https://www.youtube.com/@CNCFTAGInfrastructure"),
                Optional.of("https://notes.cncf.io/6iwUCAaIQ72QAKr4MTCnUQ"),
                Optional.empty()));

    Contact contact = tag.contact();
    assertThat(contact.slack()).contains("C08KBH3RA1K");
    assertThat(contact.slackChannel()).isEmpty();
    assertThat(contact.mailingList()).contains("https://lists.cncf.io/g/cncf-tag-infrastructure");
    assertThat(contact.tocLiaisons())
        .containsExactly(
            Person.of("brandtkeller", "Brandt Keller"),
            Person.of("kfaseela", "Faseela K"),
            Person.of("chira001", "Alex Chircop"));
    assertThat(tag.people(Role.TOC_LIAISON)).isEqualTo(contact.tocLiaisons());

    // The commented-out tag_subprojects block is a comment, not data.
    assertThat(tag.subprojects()).isEmpty();
    assertThat(tag.initiativesUrl())
        .contains(
            "https://github.com/cncf/toc/issues?q=state%3Aopen%20label%3Atag%2Finfrastructure%20label%3Akind%2Finitiative");
    assertThat(tag.landscapeUrl()).isEmpty();
  }

  @Test
  void tagOperationalResilienceKeepsTheFieldsSomeLeadersFillIn() {
    Tag tag = registry.tag("tag-operational-resilience").orElseThrow();
    assertThat(tag.leadership().chairs())
        .extracting(p -> p.github().orElseThrow())
        .containsExactly("alolita", "krol3", "saiyam1814");
    Person matt = tag.leadership().techLeads().get(1);
    assertThat(matt)
        .isEqualTo(
            new Person(
                Optional.of("halcyondude"),
                Optional.of("halcyondude"),
                Optional.of("Matt Young"),
                Optional.empty(),
                Optional.of("halcyondude@gmail.com"),
                Optional.of(term("2025-07-02", "2027-06-30"))));
    assertThat(tag.leadership().techLeads().get(2).company()).contains("Broadcom");
    assertThat(tag.meetings().get(0).tagCalendar())
        .contains(
            "https://zoom-lfx.platform.linuxfoundation.org/meetings/tag-operational-resilience?view=list");
    assertThat(tag.contact().tocLiaisons())
        .extracting(p -> p.name().orElseThrow())
        .containsExactly(
            "Chad Beaudin", "Faseela K", "Mauricio Salatino", "Mario Fahlandt", "Jeremy Rickard");

    TagSubproject green = tag.subprojects().get(0);
    assertThat(green.dir()).isEqualTo("green-reviews");
    assertThat(green.name()).isEqualTo("Green Reviews");
    assertThat(green.missionStatement().orElseThrow())
        .startsWith(
            "The purpose of the Green Reviews Subproject is to help CNCF projects to review")
        .contains("within their systems.\nTo support CNCF projects")
        .endsWith("environmental responsibility.\n");
    assertThat(green.contact().slack()).contains("C08KGDENK34");
    assertThat(green.contact().mailingList())
        .contains("https://lists.cncf.io/g/cncf-tag-operational-resilience");
    assertThat(green.leadership().subprojectLeads())
        .containsExactly(
            new Person(
                Optional.of("nikimanoledaki"),
                Optional.empty(),
                Optional.of("Niki Manoledaki"),
                Optional.of("Grafana Labs"),
                Optional.of("niki.manoledaki@grafana.com"),
                Optional.empty()),
            new Person(
                Optional.of("AntonioDiTuri"),
                Optional.empty(),
                Optional.of("Antonio Di Turi"),
                Optional.of("Data Reply DE"),
                Optional.of("antonio.dituri@datareply.de"),
                Optional.empty()));
    assertThat(green.meetings()).isEmpty();
  }

  @Test
  void batchHasTheSubprojectMeetingShapeAndALandscape() {
    Tag tag = registry.tag("tag-workloads-foundation").orElseThrow();
    assertThat(tag.missionStatement().orElseThrow())
        .startsWith("To define and advance practices and standards for fundamental cloud native");
    TagSubproject batch = tag.subprojects().get(0);
    assertThat(batch.missionStatement().orElseThrow())
        .startsWith(
            "The cloud-native batch scheduling ecosystem is fragmented — different projects")
        .endsWith("in cloud-native environments.\n");
    assertThat(batch.leadership().subprojectLeads())
        .extracting(p -> p.github().orElseThrow(), p -> p.lfxId().orElse(""))
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("stackedsax", "stackedsax1"),
            org.assertj.core.groups.Tuple.tuple("catblade", ""),
            org.assertj.core.groups.Tuple.tuple("asm582", ""));
    assertThat(batch.leadership().subprojectLeads().get(0).company())
        .contains("G-Research and Insight Softmax Consulting");

    Meeting meeting = batch.meetings().get(0);
    assertThat(meeting.schedule()).contains("Every other Tuesday at 8am PDT/PST");
    assertThat(meeting.zoomUrl())
        .contains(
            "https://zoom-lfx.platform.linuxfoundation.org/meeting/99965231171?password=2a169dd5-e375-4b5a-9b40-b2b5db5bfe91");
    assertThat(meeting.meetingNotesUrl())
        .contains(
            "https://docs.google.com/document/d/1GuZGyBkRGG0lEeiPA8q0PfvFlwUlwa5k-ZfXafCTdBY/edit?tab=t.0");
    assertThat(meeting.description()).isEmpty();
    assertThat(meeting.recurrence()).isEmpty();

    assertThat(batch.contact().slack()).contains("C02Q5DFF3MM");
    assertThat(batch.contact().slackChannel()).contains("#batch-wg");
    assertThat(batch.contact().slackDetails().flatMap(SlackChannel::archiveUrl))
        .contains("https://cloud-native.slack.com/archives/C02Q5DFF3MM");
    assertThat(batch.landscapeUrl()).contains("https://bsi-landscape.netlify.app/");
    assertThat(batch.landscapePreviewImage()).contains("./landscape/batch-landscape-preview.png");
  }

  @Test
  void everyValueOfTheFileIsInTheModel() {
    assertThat(Trees.ofModel(registry)).isEqualTo(Trees.ofFile(Fixtures.excerpt()));
  }

  static Person leader(String github, String name, String start, String end) {
    return Person.of(github, name).withTerm(term(start, end));
  }

  static Term term(String start, String end) {
    return new Term(LocalDate.parse(start), LocalDate.parse(end));
  }
}
