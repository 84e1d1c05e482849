package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.LinkSchemes;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.Properties;
import io.github.tagkit.model.testing.YamlStrings;
import io.github.tagkit.validator.Baseline;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every goal over metadata written by an attacker: generated values full of line breaks, workflow
 * commands, custom-content markers, HTML comments, bidi controls and unsafe links go through
 * validate (every report, and against a baseline of its findings), baseline, generate (pages,
 * calendar, picture), export, fix and rotate, and each output is read by the reader that consumes
 * it: the Actions log's grammar, commonmark-java, a line-splitting calendar reader, an XML parser,
 * a JSON parser.
 */
class HostileGoalsTest {
  @TempDir Path dir;

  /** Pieces an attacker puts in a value. */
  private static final List<String> PIECES =
      List.of(
          "\r",
          "\n",
          "\r\n",
          "::error file=a,line=1::owned",
          "::stop-commands::t",
          "<!-- BEGIN CUSTOM CONTENT -->",
          "<!-- END CUSTOM CONTENT -->",
          "<!--",
          "-->",
          "---",
          "{props.x}",
          "<script>",
          "</script>",
          "\u202E",
          "\u2066",
          "\u0007",
          "\u2028",
          "|",
          "`",
          "*",
          "[x](javascript:alert(1))",
          "BEGIN:VEVENT",
          "X-INJ:1",
          "%0A",
          "\n- item",
          "\n1. goal\n   * sub",
          " ",
          "TAG");

  private static final Gen<String> VALUE =
      Gen.of(PIECES).list(1, 6).map(parts -> String.join("", parts)).filter(v -> !v.isBlank());
  private static final Gen<String> LINK =
      Gen.of(
          "javascript:alert(1)",
          " java\tscript:alert(1)",
          "data:text/html,x",
          "https://example.org/ok",
          "file:///etc/passwd");

  private static String quoted(String text) {
    return YamlStrings.quoted(text);
  }

  private record Hostile(List<String> values, String link) {
    String yaml() {
      return "dir: tag-x\nname: "
          + quoted("TAG " + values.get(0))
          + "\nmission_statement: "
          + quoted(values.get(1))
          + "\ncharter_link: "
          + quoted(link)
          + "\nleadership:\n  chairs:\n    - github: a\n      name: "
          + quoted(values.get(2))
          + "\n      company: "
          + quoted(values.get(3))
          + "\n      term: {start: 2025-07-01, end: 2027-06-30}\n"
          + "meetings:\n  - description: "
          + quoted(values.get(4))
          + "\n    recurrence: {frequency: weekly, day: monday, time: \"10:00\", time_zone: UTC}\n"
          + "    zoom_url: "
          + quoted(link)
          + "\n    recordings_url: https://www.youtube.com/@x\n"
          + "contact:\n  toc_liaison:\n    - github: l\n      name: "
          + quoted(values.get(5))
          + "\n";
    }
  }

  @Test
  void everyGoalsOutputIsReadByItsReaderAsTagkitMeantIt() {
    Gen<Hostile> hostile = Gen.zip(VALUE.list(6, 6), LINK, Hostile::new);
    int[] run = {0};
    Properties.forAll(
        25, hostile, h -> runEveryGoal(Files.createDirectories(dir.resolve("r" + run[0]++)), h));
  }

  /**
   * {@code goal} as a build in {@code repo} with a pom runs it on 2026-07-01, logging to {@code
   * log}.
   */
  private static <T extends AbstractTagMojo> T goal(T goal, Path repo, RecordingLog log) {
    goal.setLog(log);
    goal.baseDirectory = repo.toFile();
    goal.pom = repo.resolve("pom.xml").toFile();
    goal.today = "2026-07-01";
    return goal;
  }

  private void runEveryGoal(Path repo, Hostile hostile) throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), hostile.yaml());
    RecordingLog log = new RecordingLog();

    ValidateMojo validate = ValidateMojoTest.mojo(repo, log);
    validate.failOn = "none";
    validate.formats = "sarif,json,text,github";
    validate.execute();

    // The baseline of those findings, then a validation against it: known and gone findings are
    // logged and reported too.
    BaselineMojo baseline = goal(new BaselineMojo(), repo, log);
    baseline.session = TopDirectoryTest.maven3(repo);
    baseline.expiryWarningDays = 30;
    baseline.execute();
    ValidateMojo known = ValidateMojoTest.mojo(repo, log);
    known.failOn = "none";
    known.formats = "sarif,json,text,github";
    known.execute();

    GenerateMojo generate = goal(new GenerateMojo(), repo, log);
    generate.calendar = "meetings.ics";
    generate.charts = true;
    generate.execute();

    ExportMojo export = goal(new ExportMojo(), repo, log);
    export.output = repo.resolve("target/tag/tag-export.json").toString();
    export.execute();

    FixMojo fix = goal(new FixMojo(), repo, log);
    fix.session = TopDirectoryTest.maven3(repo);
    fix.expiryWarningDays = 30;
    fix.dryRun = true;
    fix.execute();

    RotateMojo rotate = goal(new RotateMojo(), repo, log);
    rotate.today = "2030-01-01";
    rotate.dryRun = true;
    rotate.execute();

    // The Actions log: no line any goal logged starts a workflow command.
    for (String line : String.join("\n", log.lines).split("\r\n|[\r\n\u0085\u2028\u2029]")) {
      assertThat(line.strip()).as(hostile.yaml()).doesNotStartWith("::");
    }
    // The page, as GitHub reads it: only safe links, no invisible character, tagkit's one block.
    String page = Files.readString(repo.resolve("README.md"));
    assertThat(InvisibleCharacters.first(page)).as(page).isEmpty();
    List<String> destinations = new ArrayList<>();
    // GitHub shows the front matter as a table of text, Docusaurus reads it as YAML: it is no
    // Markdown, and commonmark-java reads the rest.
    String body = page.startsWith("---\n") ? page.substring(page.indexOf("\n---\n", 4) + 5) : page;
    Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .build()
        .parse(body)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                destinations.add(link.getDestination());
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                destinations.add(image.getDestination());
                visitChildren(image);
              }
            });
    assertThat(destinations).as(page).allMatch(LinkSchemes::safe).doesNotContain("#");
    assertThat(page.lines().filter(l -> l.equals("<!-- BEGIN CUSTOM CONTENT -->"))).hasSize(1);
    assertThat(page.lines().filter(l -> l.equals("<!-- END CUSTOM CONTENT -->"))).hasSize(1);
    // The calendar, by a reader that breaks lines at CR, LF and CRLF: one event, only properties.
    String calendar = Files.readString(repo.resolve("meetings.ics"));
    List<String> lines = List.of(calendar.split("\r\n|\r|\n"));
    assertThat(lines).filteredOn(l -> l.equals("BEGIN:VEVENT")).hasSize(1);
    assertThat(lines)
        .as(calendar)
        .allMatch(l -> l.startsWith(" ") || l.matches("[A-Z][A-Z0-9-]*[;:].*"))
        .noneMatch(l -> l.startsWith("X-INJ"));
    // The picture, by an XML parser.
    Path svg = repo.resolve("leadership-terms.svg");
    if (Files.exists(svg)) {
      DocumentBuilderFactory.newInstance()
          .newDocumentBuilder()
          .parse(new ByteArrayInputStream(Files.readAllBytes(svg)));
    }
    // The reports and the export, by a JSON parser.
    try (Stream<Path> reports = Files.list(repo.resolve("target/tag"))) {
      for (Path report : reports.filter(p -> p.toString().matches(".*\\.(json|sarif)")).toList()) {
        assertThat(JsonMapper.shared().readTree(Files.readString(report))).isNotNull();
      }
    }
    // The baseline, by a JSON parser and by tagkit's own reader: every finding it lists, once.
    Path baselineFile = repo.resolve(Baseline.FILE_NAME);
    assertThat(JsonMapper.shared().readTree(Files.readString(baselineFile)).path("findings").size())
        .isEqualTo(Baseline.read(baselineFile, Baseline.FILE_NAME).entries().size());
    // A dry run writes nothing.
    assertThat(Files.readString(repo.resolve("tag.yaml"))).isEqualTo(hostile.yaml());
  }
}
