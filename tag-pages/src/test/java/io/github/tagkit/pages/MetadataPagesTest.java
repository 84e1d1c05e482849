package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing the pages of a metadata file as tag:generate does. */
class MetadataPagesTest {
  private final MetadataPages pages =
      new MetadataPages(PageGenerator.builtIn(), Optional.empty(), LocalDate.of(2026, 7, 1));

  /**
   * Asked for, the picture of the terms is written and linked; on another day it is the same
   * picture, and a second generate changes nothing, unless the day is shown on purpose.
   */
  @Test
  void thePictureIsWrittenWhenAskedAndIsTheSameOnEveryDay(@TempDir Path repo) throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    PageGenerator charts =
        PageGenerator.builtIn().with(java.util.Set.of(PageGenerator.Extra.TERMS_CHART));
    new MetadataPages(charts, Optional.empty(), LocalDate.of(2026, 7, 1)).write(tags);
    Path svg = repo.resolve("tags/leadership-terms.svg");
    String first = Files.readString(svg);
    assertThat(first).contains("<title>Leadership terms</title>").doesNotContain("today");

    MetadataPages.Result later =
        new MetadataPages(charts, Optional.empty(), LocalDate.of(2026, 11, 24)).write(tags);

    assertThat(later.changed()).isEmpty();
    assertThat(Files.readString(svg)).isEqualTo(first);
    MetadataPages.Result shown =
        new MetadataPages(charts, Optional.empty(), LocalDate.of(2026, 11, 24))
            .showingToday()
            .write(tags);
    assertThat(shown.changed())
        .extracting(PageFiles.Written::path)
        .containsExactly("tags/leadership-terms.svg");
    assertThat(Files.readString(svg)).contains("today 2026-11-24").contains("ended");
  }

  /** A misspelled key does not stop cncf/toc's generator, nor tagkit's: it is reported. */
  @Test
  void anUnknownKeyIsLeftOutOfThePagesWithANoteThatLocatesIt(@TempDir Path repo) throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.writeString(
        tags,
        Files.readString(ProjectFiles.excerpt())
            .replace("    label: tag-infrastructure\n", "    lable: tag-infrastructure\n"));
    MetadataPages.Result result = pages.write(tags);
    // Five pages; the picture of the terms only when asked for.
    assertThat(result.generated()).isEqualTo(5);
    assertThat(repo.resolve("tags/tag-infrastructure/README.md")).exists();
    assertThat(repo.resolve("tags/leadership-terms.svg")).doesNotExist();
    assertThat(result.notes())
        .containsExactly(
            tags
                + ":7:5: unknown key 'lable' in /tags/0; did you mean 'label'? (left out of the"
                + " pages, as is any other unknown key; tag:validate lists them all)");
  }

  @Test
  void anythingElseWrongStillStopsThePages(@TempDir Path repo) throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.writeString(
        tags,
        "tags:\n  - dir: tag-x\n    name: TAG X\n    lable: x\n    leadership: {chairs: oops}\n");
    assertThatThrownBy(() -> pages.write(tags))
        .isInstanceOf(TagFileException.class)
        .hasMessageContaining("5:")
        .hasMessageContaining("'chairs'");
    assertThat(repo.resolve("tags/tag-x/README.md")).doesNotExist();
  }

  /** An adopted path that names no page of the run, or no file, is a mistake said at once. */
  @Test
  void adoptingWhatIsNotAPageOrNotThereIsRefused(@TempDir Path repo) throws Exception {
    Path tag = Files.writeString(repo.resolve("tag.yaml"), "dir: tag-x\nname: TAG X\n");
    for (String path : java.util.List.of("/etc/hostname", "../README.md", "NOTES.md")) {
      MetadataPages adopting =
          new MetadataPages(
              PageGenerator.builtIn(),
              Optional.empty(),
              LocalDate.of(2026, 7, 1),
              java.util.Set.of(path));
      assertThatThrownBy(() -> adopting.write(tag))
          .isInstanceOf(io.github.tagkit.validator.ConfigurationException.class)
          .hasMessage("'" + path + "' is not a page this run writes; the pages are README.md");
    }
    MetadataPages absent =
        new MetadataPages(
            PageGenerator.builtIn(),
            Optional.empty(),
            LocalDate.of(2026, 7, 1),
            java.util.Set.of("README.md"));
    assertThatThrownBy(() -> absent.write(tag))
        .hasMessage("'README.md' names no file to adopt in " + repo);
    assertThat(repo.resolve("README.md")).doesNotExist();
  }
}
