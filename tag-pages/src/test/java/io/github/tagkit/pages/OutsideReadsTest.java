package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagValidator;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A charter that is a symbolic link out of the repository is neither read nor published: validate
 * names it, and no page of any style holds a word of the file it points to.
 */
class OutsideReadsTest {
  @TempDir Path dir;

  @Test
  void aCharterLinkedOutOfTheRepositoryIsReportedAndNotPublished() throws Exception {
    Path secret =
        Files.writeString(
            dir.resolve("secret.md"),
            "# Charter\n\n## Mission\n\nSECRET-MISSION root:x:0:0\n\n## Scope\n\n- SECRET-SCOPE\n");
    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.writeString(
        repo.resolve("tag.yaml"),
        "dir: tag-x\nname: TAG X\ncharter_link: charter.md\n"
            + "leadership: {chairs: [{github: a, name: A}]}\n");
    Files.createSymbolicLink(repo.resolve("charter.md"), secret);

    String report =
        ReportFormat.TEXT.render(
            TagValidator.builder()
                .today(LocalDate.of(2026, 7, 1))
                .baseDirectory(repo)
                .build()
                .validate(repo.resolve("tag.yaml")));
    assertThat(report)
        .contains(
            "tag.yaml:3:1: error [require-charter] charter.md is a link to a file outside the"
                + " repository, which tagkit does not read or publish; put the charter's text in"
                + " the file")
        .doesNotContain("SECRET");

    for (PageStyle style : PageStyle.values()) {
      Path out = Files.createDirectories(dir.resolve("out-" + style));
      new MetadataPages(
              PageGenerator.builtIn().style(style), Optional.empty(), LocalDate.of(2026, 7, 1))
          .into(out)
          .write(repo.resolve("tag.yaml"));
      try (Stream<Path> written = Files.walk(out)) {
        for (Path page : written.filter(Files::isRegularFile).toList()) {
          assertThat(Files.readString(page)).as(style + " " + page).doesNotContain("SECRET");
        }
      }
    }
  }
}
