package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.NpmTools;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The SARIF report of the real registry, an exempted finding among its results, passes the SARIF
 * multitool's GitHub rules ({@code validate --rule-kind Gh}): what GitHub code scanning requires of
 * an upload. The multitool is installed from npm into the build directory; the test is skipped,
 * saying so, only where npm itself is missing.
 */
class SarifMultitoolTest {
  private static final Path TOOL = Path.of("target", "sarif-multitool").toAbsolutePath();
  private static final String VERSION = "5.7.0";

  @Test
  void theRegistrysSarifReportPassesGitHubsRules() throws Exception {
    Path multitool = install();
    Path repo = Files.createDirectories(TOOL.resolve("repo"));
    Path tags = repo.resolve("tags.yaml");
    // With a misspelled key planted, so that the report carries a fix too.
    Files.writeString(
        tags,
        Files.readString(ProjectFiles.excerpt())
            .replaceFirst("          lfx_id:\n", "          lfxid:\n"));
    Path exemptions = repo.resolve(".tagkit.yaml");
    Files.writeString(
        exemptions,
        "exemptions:\n  - rule: ambiguous-time-zone\n    group: batch\n"
            + "    reason: The schedule is being moved to a recurrence.\n");
    Report report =
        TagValidator.builder()
            .today(LocalDate.of(2026, 7, 1))
            .baseDirectory(repo)
            .exemptions(exemptions)
            .build()
            .validate(tags);
    assertThat(report.exempted()).hasSize(1);
    Path sarif = ReportFormat.SARIF.write(report, repo);
    Path out = repo.resolve("multitool.sarif");
    Files.deleteIfExists(out);

    String log =
        run(
            List.of(
                multitool.toString(),
                "validate",
                "--rule-kind",
                "Gh",
                "--output",
                out.toString(),
                sarif.toString()),
            300);

    List<String> problems = new ArrayList<>();
    for (JsonNode result :
        JsonMapper.shared().readTree(out.toFile()).path("runs").get(0).path("results")) {
      if (!result.path("level").asString().equals("note")) {
        problems.add(
            result.path("ruleId").asString()
                + ": "
                + result.path("message").path("text").asString());
      }
    }
    assertThat(problems).as(log).isEmpty();
  }

  /** The multitool's launcher, installed once per build directory. */
  private static Path install() throws Exception {
    Path launcher = TOOL.resolve("node_modules/.bin/sarif-multitool");
    NpmTools.install(
        TOOL, "@microsoft/sarif-multitool@" + VERSION, launcher, "the SARIF multitool");
    assertThat(launcher).isExecutable();
    return launcher;
  }

  private static String run(List<String> command, int seconds) throws Exception {
    return NpmTools.run(command, TOOL, seconds);
  }
}
