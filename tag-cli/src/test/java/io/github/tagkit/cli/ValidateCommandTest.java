package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code tagkit validate} and {@code tagkit baseline} as a user runs them in a repository. */
class ValidateCommandTest {

  private static Path repository(Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve("tags.yaml"),
        Files.readString(ProjectFiles.excerpt())
            .replaceFirst("    label: tag-infrastructure\n", "    labl: tag-infrastructure\n"));
    return dir;
  }

  @Test
  void findingsAreSaidAtTheirLinesAndTheExitCodeFollowsFailOn(@TempDir Path dir) throws Exception {
    repository(dir);
    Cli errors = Cli.run(dir, "validate", "--today", "2026-06-01");
    assertThat(errors.exit()).isEqualTo(1);
    assertThat(errors.out())
        .contains(
            "tags.yaml:7:5: error [unknown-key] unknown key 'labl' in /tags/0; did you mean"
                + " 'label'?")
        .containsPattern("TAG metadata: 1 file checked: \\d+ errors?, .* in \\d+ ms");
    assertThat(errors.err()).startsWith("error: ").contains("error");
    Cli none = Cli.run(dir, "validate", "--today", "2026-06-01", "--fail-on", "none");
    assertThat(none.exit()).isZero();
    // the same findings, said the same way; only the exit code and the failure line differ
    assertThat(none.out().lines().filter(l -> l.startsWith("tags.yaml:")))
        .containsExactlyElementsOf(
            errors.out().lines().filter(l -> l.startsWith("tags.yaml:")).toList());
    assertThat(none.err()).isEmpty();
  }

  @Test
  void reportsAreWrittenAndGithubAnnotationsPrinted(@TempDir Path dir) throws Exception {
    repository(dir);
    Cli run =
        Cli.run(
            dir,
            "validate",
            "tags.yaml",
            "--today=2026-06-01",
            "--format",
            "sarif,json,github",
            "--report-directory",
            "reports",
            "--fail-on=none");
    assertThat(run.exit()).isZero();
    assertThat(dir.resolve("reports/tag-report.sarif")).exists();
    assertThat(dir.resolve("reports/tag-report.json")).exists();
    assertThat(run.out())
        .contains("::error file=tags.yaml,line=7,col=5,title=unknown-key::unknown key 'labl'");
  }

  @Test
  void usageAndConfigurationErrorsExitWithTwoAndSayWhichOption(@TempDir Path dir) throws Exception {
    repository(dir);
    Cli badLevel = Cli.run(dir, "validate", "--fail-on", "sometimes");
    assertThat(badLevel.exit()).isEqualTo(2);
    assertThat(badLevel.err()).startsWith("tagkit validate: invalid --fail-on: ");
    Cli badDay = Cli.run(dir, "validate", "--today", "yesterday");
    assertThat(badDay.exit()).isEqualTo(2);
    assertThat(badDay.err())
        .isEqualTo("tagkit validate: invalid --today: 'yesterday' is not a date (YYYY-MM-DD)\n");
    Cli unknown = Cli.run(dir, "validate", "--colour");
    assertThat(unknown.exit()).isEqualTo(2);
    assertThat(unknown.err()).contains("Unknown option: '--colour'");
    Cli nothing = Cli.run(dir.resolve(".git"), "validate");
    assertThat(nothing.exit()).isEqualTo(2);
    assertThat(nothing.err())
        .contains("invalid --files: no TAG metadata to check: looked for tags.yaml or tag.yaml in");
    Cli missing = Cli.run(dir, "validate", "nosuch.yaml");
    assertThat(missing.exit()).isEqualTo(2);
    assertThat(missing.err()).contains("nosuch.yaml");
  }

  @Test
  void aBaselineMakesTheKnownFindingsPassAndANewOneFail(@TempDir Path dir) throws Exception {
    repository(dir);
    Cli recorded = Cli.run(dir, "baseline", "--today", "2026-06-01");
    assertThat(recorded.exit()).isZero();
    assertThat(recorded.out()).startsWith("Wrote .tagkit-baseline.json: ");
    Cli known = Cli.run(dir, "validate", "--today", "2026-06-01");
    assertThat(known.exit()).isZero();
    assertThat(known.out()).contains("[unknown-key] known: unknown key 'labl'");
    Files.writeString(
        dir.resolve("tags.yaml"),
        Files.readString(dir.resolve("tags.yaml"))
            .replaceFirst(
                "    name: TAG Infrastructure\n", "    name: TAG Infrastructure\n    nmae: x\n"));
    Cli fresh = Cli.run(dir, "validate", "--today", "2026-06-01");
    assertThat(fresh.exit()).isEqualTo(1);
    assertThat(fresh.out()).contains("error [unknown-key] unknown key 'nmae'");
  }

  @Test
  void helpVersionAndCompletion(@TempDir Path dir) {
    Cli help = Cli.run(dir, "validate", "--help");
    assertThat(help.exit()).isZero();
    assertThat(help.out())
        .contains("Usage: tagkit validate", "--fail-on=LEVEL", "--baseline=FILE", "Exit codes:");
    Cli version = Cli.run(dir, "--version");
    assertThat(version.exit()).isZero();
    assertThat(version.out()).matches("tagkit \\d+\\.\\d+\\.\\d+.*\\n");
    Cli completion = Cli.run(dir, "generate-completion");
    assertThat(completion.exit()).isZero();
    assertThat(completion.out()).contains("complete -F", "validate", "baseline");
    Cli bare = Cli.run(dir);
    assertThat(bare.exit()).isEqualTo(2);
    assertThat(bare.err()).contains("Name a command");
  }

  /**
   * Attacker-written metadata (workflow commands, CR, bidi controls in every value) said by the
   * command as the Actions runner reads its log: the only commands are tagkit's annotations.
   */
  @Test
  void hostileMetadataStartsNoWorkflowCommand(@TempDir Path dir) throws Exception {
    Files.createDirectories(dir.resolve(".git"));
    Files.copy(
        ProjectFiles.path("tag-pages/src/test/resources/hostile/tags.yaml"),
        dir.resolve("tags.yaml"));
    Cli run = Cli.run(dir, "validate", "--formats", "github", "--fail-on", "none");
    assertThat(run.exit()).isZero();
    String log = run.out() + run.err();
    assertThat(log.split("\r\n|\r|\n|\u2028|\u2029|\u0085"))
        .filteredOn(line -> line.stripLeading().startsWith("::"))
        .isNotEmpty()
        .allMatch(line -> line.matches("::(error|warning|notice) file=[^:]*::.*"));
  }

  @Test
  void colourOnlyOnATerminalThatDoesNotRefuseIt() {
    assertThat(Tagkit.color(true, Map.of())).isTrue();
    assertThat(Tagkit.color(false, Map.of())).isFalse();
    assertThat(Tagkit.color(true, Map.of("NO_COLOR", ""))).isFalse();
    assertThat(Tagkit.color(true, Map.of("TERM", "dumb"))).isFalse();
  }
}
