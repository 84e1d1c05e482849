package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A generated page edited by hand makes validation fail at the page's line, with a diff. */
class PageOutOfDateTest {
  private static final LocalDate TODAY = LocalDate.of(2026, 5, 1);

  @TempDir Path repo;

  private Report validate() {
    // The charters are not part of this repository; this test is about the pages.
    return TagValidator.builder()
        .today(TODAY)
        .disable("require-charter")
        .rule(new PageOutOfDate())
        .baseDirectory(repo)
        .build()
        .validate(repo.resolve("tags.yaml"));
  }

  @Test
  void handEditedPageIsReportedAtItsFirstDifferentLine() throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    PageFiles.write(
        repo,
        PageGenerator.builtIn().today(TODAY).render(TagRegistry.read(tags), "tags.yaml", repo));
    assertThat(validate().findings())
        .extracting(Finding::ruleId)
        .isNotEmpty()
        .doesNotContain("page-out-of-date");

    Path page = repo.resolve("tags/tag-operational-resilience/README.md");
    Files.writeString(page, Files.readString(page).replace("Carol Valencia", "Carol V."));

    Finding drift =
        validate().findings().stream()
            .filter(f -> f.ruleId().equals("page-out-of-date"))
            .findFirst()
            .orElseThrow();
    assertThat(drift.severity()).isEqualTo(Severity.ERROR);
    assertThat(drift.location().file()).isEqualTo("tags/tag-operational-resilience/README.md");
    assertThat(drift.location().line()).isEqualTo(12);
    assertThat(Files.readAllLines(page).get(11)).contains("Carol V.");
    assertThat(drift.message())
        .startsWith(
            "tags/tag-operational-resilience/README.md is out of date with tags.yaml; run 'mvn"
                + " tag:generate' to regenerate it")
        .contains("\n-- Carol V. (**[@krol3](https://github.com/krol3)**)")
        .contains("\n+- Carol Valencia (**[@krol3](https://github.com/krol3)**)");
  }

  @Test
  void changedMetadataMakesItsGeneratedPagesOutOfDate() throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    PageFiles.write(
        repo,
        PageGenerator.builtIn().today(TODAY).render(TagRegistry.read(tags), "tags.yaml", repo));
    Files.writeString(
        tags, Files.readString(tags).replace("name: Kashif Khan", "name: Kashif A. Khan"));

    assertThat(validate().findings())
        .filteredOn(f -> f.ruleId().equals("page-out-of-date"))
        .extracting(f -> f.location().toString())
        .containsExactly("tags/tag-infrastructure/README.md:12:1");
  }

  @Test
  void theHintNamesTheCommandAndAStyleThatIsNotTheDefault() throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    PageGenerator tagkit = PageGenerator.builtIn().style(PageStyle.TAGKIT).today(TODAY);
    PageFiles.write(repo, tagkit.render(TagRegistry.read(tags), "tags.yaml", repo));
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    Files.writeString(page, Files.readString(page).replace("Kashif Khan", "K. Khan"));

    String command = "mvn io.github.tagkit:tag-maven-plugin:1.2.3:generate";
    Report report =
        TagValidator.builder()
            .today(TODAY)
            .disable("require-charter")
            .rule(new PageOutOfDate(tagkit, command))
            .baseDirectory(repo)
            .build()
            .validate(tags);
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("page-out-of-date"))
        .singleElement()
        .satisfies(
            f ->
                assertThat(f.message())
                    .contains("; run '" + command + " -Dtag.style=tagkit' to regenerate it"));
  }
}
