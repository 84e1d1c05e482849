package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the goal reads its parameters, and what a misconfiguration tells the user. */
class ValidateMojoTest {
  private static final String VALID =
      "dir: tag-x\nname: TAG X\nleadership:\n  chairs:\n    - github: a\n      name: A\n"
          + "      term: {start: 2025-07-01, end: 2027-06-30}\n"
          + "meetings:\n  - recordings_url: https://www.youtube.com/@x\n"
          + "contact:\n  toc_liaison:\n    - github: l\n      name: L\n";

  @TempDir Path repo;
  private final RecordingLog log = new RecordingLog();
  private ValidateMojo mojo;

  @BeforeEach
  void mojo() {
    mojo = mojo(repo, log);
  }

  /** The goal as a build in {@code repo} with a pom configures it, logging to {@code log}. */
  static ValidateMojo mojo(Path repo, RecordingLog log) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.setLog(log);
    mojo.baseDirectory = repo.toFile();
    mojo.pom = repo.resolve("pom.xml").toFile();
    mojo.session = TopDirectoryTest.maven3(repo);
    mojo.reportDirectory = repo.resolve("target/tag").toFile();
    mojo.failOn = "error";
    mojo.today = "2026-07-01";
    mojo.expiryWarningDays = 30;
    return mojo;
  }

  @Test
  void aModuleWithoutMetadataHasNothingToCheck() throws Exception {
    mojo.execute();
    assertThat(log.lines)
        .containsExactly(
            "[INFO] No TAG metadata (tags.yaml or tag.yaml) in " + repo + "; nothing to check");
  }

  @Test
  void aRunWithoutAPomWhereThereIsNoMetadataFailsSayingWhereItLooked() {
    mojo.pom = null;
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessage(
            "No TAG metadata to check: looked for tags.yaml or tag.yaml in "
                + repo
                + "; run Maven in the repository's root, or name the files with -Dtag.files");
  }

  @Test
  void aRepositoryWithBothLayoutsIsAnErrorNamingBoth() throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), VALID);
    Files.writeString(repo.resolve("tags.yaml"), "tags: []\n");
    assertConfigurationError(
        "files (tag.files): both tags.yaml and tag.yaml are in "
            + repo
            + ": a repository holds the registry or one TAG's metadata, not both; name the one to"
            + " check");
  }

  @Test
  void sarifIsWrittenWhenThereIsNothingToCheck() throws Exception {
    mojo.formats = "sarif";
    mojo.execute();
    assertThat(repo.resolve("target/tag/tag-report.sarif")).content().contains("\"results\" : [ ]");
  }

  @Test
  void checksTheDefaultFileAndSummarises() throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), VALID);
    mojo.execute();
    assertThat(log.lines)
        .singleElement()
        .asString()
        .matches("\\[INFO] TAG metadata: 1 file checked: 0 errors, 0 warnings, 0 infos in \\d+ ms");
  }

  @Test
  void namedFilesAndGlobsAreResolvedInTheBaseDirectory() throws Exception {
    Files.createDirectories(repo.resolve("groups/a"));
    Files.createDirectories(repo.resolve("groups/b"));
    Files.writeString(repo.resolve("groups/a/tag.yaml"), VALID);
    Files.writeString(
        repo.resolve("groups/b/tag.yaml"), VALID.replace("name: TAG X", "name: TODO"));
    mojo.files = "groups/**/tag.yaml";
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoFailureException.class)
        .hasMessageStartingWith("TAG metadata check failed: 1 error, 0 warnings (failOn=error).");
    assertThat(log.lines)
        .contains(
            "[ERROR] groups/b/tag.yaml:2:1: [placeholder-text] 'name' holds placeholder text"
                + " ('TODO'); write the real value or remove the key")
        .anyMatch(line -> line.startsWith("[INFO] TAG metadata: 2 files checked: 1 error,"));
  }

  @Test
  void failOnNoneReportsButPasses() throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), "dir: tag-x\nname: TAG X\n");
    mojo.failOn = "none";
    mojo.formats = "json,sarif";
    mojo.execute();
    assertThat(log.lines).filteredOn(l -> l.startsWith("[ERROR]")).hasSize(3);
    assertThat(repo.resolve("target/tag/tag-report.json")).exists();
    assertThat(repo.resolve("target/tag/tag-report.sarif")).exists();
  }

  @Test
  void sarifReportOfTheRealRegistryIsValidSarif() throws Exception {
    Path root = Path.of(System.getProperty("user.dir")).getParent();
    Files.copy(root.resolve("examples/cncf-toc/tags.yaml"), repo.resolve("tags.yaml"));
    mojo.formats = "sarif";
    assertThatThrownBy(mojo::execute).isInstanceOf(MojoFailureException.class);

    String sarif = Files.readString(repo.resolve("target/tag/tag-report.sarif"));
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7)
            .getSchema(
                Files.readString(root.resolve("tag-validator/src/test/resources/sarif-2.1.0.json")),
                InputFormat.JSON);
    assertThat(schema.validate(sarif, InputFormat.JSON)).isEmpty();
    assertThat(sarif).contains("\"uri\" : \"tags.yaml\"", "\"startLine\" : 58");
  }

  @Test
  void exemptionsFileNextToTheMetadataIsUsed() throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), VALID.replaceAll("contact:[\\s\\S]*", ""));
    Files.writeString(
        repo.resolve(".tagkit.yaml"),
        "exemptions:\n  - rule: require-toc-liaison\n    group: tag-x\n    reason: Forming.\n");
    mojo.execute();
    assertThat(log.lines).noneMatch(l -> l.startsWith("[ERROR]"));
  }

  @Test
  void skipDoesNothing() throws Exception {
    Files.writeString(repo.resolve("tag.yaml"), "dir: [");
    mojo.skip = true;
    mojo.execute();
    assertThat(log.lines).containsExactly("[INFO] Skipping TAG metadata validation (tag.skip)");
  }

  @Test
  void misconfigurationsAreExecutionErrorsThatSayWhatIsWrong() {
    mojo.formats = "sarif,pdf";
    assertConfigurationError(
        "formats (tag.formats): unknown report format 'pdf'; expected text, json, sarif, github or terms");
    mojo.formats = null;
    mojo.today = "2026-13-01";
    assertConfigurationError("today (tag.today): '2026-13-01' is not a date (YYYY-MM-DD)");
    mojo.today = null;
    mojo.failOn = "sometimes";
    assertConfigurationError(
        "failOn (tag.failOn): unknown failOn 'sometimes'; expected error, warning or none");
    mojo.failOn = "warning";
    mojo.files = "tags.yaml, missing.yaml";
    assertConfigurationError("files (tag.files): no file matches 'tags.yaml' in " + repo);
    mojo.files = null;
    mojo.exemptions = repo.resolve("exemptions.yaml").toFile();
    assertConfigurationError(
        "exemptions (tag.exemptions): exemptions file "
            + repo.resolve("exemptions.yaml")
            + " does not exist");
  }

  private void assertConfigurationError(String message) {
    assertThatThrownBy(mojo::execute)
        .isInstanceOf(MojoExecutionException.class)
        .hasMessage("Invalid tag:validate configuration: " + message);
  }
}
