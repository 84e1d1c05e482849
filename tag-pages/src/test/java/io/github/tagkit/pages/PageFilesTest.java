package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing pages: custom content kept, unchanged pages untouched, nothing written outside. */
class PageFilesTest {
  @TempDir Path repo;

  private static List<GeneratedPage> pages() throws IOException {
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    return PageGenerator.builtIn()
        .style(PageStyle.TAGKIT)
        .today(LocalDate.of(2026, 7, 1))
        .render(registry, "tags.yaml");
  }

  @Test
  void writesEveryPageThenLeavesUnchangedPagesAlone() throws Exception {
    List<PageFiles.Written> first = PageFiles.write(repo, pages());
    assertThat(first)
        .extracting(PageFiles.Written::outcome)
        .containsOnly(PageFiles.Outcome.CREATED)
        .hasSize(5);
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    Files.setLastModifiedTime(page, FileTime.fromMillis(0));

    List<PageFiles.Written> second = PageFiles.write(repo, pages());
    assertThat(second)
        .extracting(PageFiles.Written::outcome)
        .containsOnly(PageFiles.Outcome.UNCHANGED);
    assertThat(Files.getLastModifiedTime(page).toMillis()).isZero();
    try (var files = Files.list(page.getParent())) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("README.md");
    }
  }

  @Test
  void customContentSurvivesRegeneration() throws Exception {
    PageFiles.write(repo, pages());
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    String custom = "\n## Working groups\n\nSee [our wiki](https://example.org/wiki).\n";
    Files.writeString(
        page,
        Files.readString(page)
            .replace(
                PageFiles.BEGIN + "\n" + PageFiles.END, PageFiles.BEGIN + custom + PageFiles.END));

    assertThat(PageFiles.drift(repo, pages())).isEmpty();
    assertThat(PageFiles.write(repo, pages()))
        .extracting(PageFiles.Written::outcome)
        .containsOnly(PageFiles.Outcome.UNCHANGED);
    assertThat(Files.readString(page)).contains(PageFiles.BEGIN + custom + PageFiles.END);
  }

  @Test
  void anEditedPageIsDriftAtItsFirstDifferentLineWithADiff() throws Exception {
    PageFiles.write(repo, pages());
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    Files.writeString(page, Files.readString(page).replace("- Kashif Khan", "- Kashif K."));

    List<PageFiles.Drift> drift = PageFiles.drift(repo, pages());
    assertThat(drift).hasSize(1);
    PageFiles.Drift found = drift.get(0);
    assertThat(found.path()).isEqualTo("tags/tag-infrastructure/README.md");
    assertThat(found.line()).isEqualTo(16);
    assertThat(Files.readAllLines(page).get(15)).startsWith("- Kashif K.");
    assertThat(found.diff())
        .startsWith(
            "--- tags/tag-infrastructure/README.md\n+++ tags/tag-infrastructure/README.md (generated)\n@@ -14,5 +14,5 @@")
        .contains(
            "\n-- Kashif K. (**[@kashifest](https://github.com/kashifest)**) (Term: 2025-07-01 - 2027-06-30)\n"
                + "+- Kashif Khan (**[@kashifest](https://github.com/kashifest)**) (Term: 2025-07-01 - 2027-06-30)");
  }

  @Test
  void pagesNotYetGeneratedAreNotDrift() throws Exception {
    assertThat(PageFiles.drift(repo, pages())).isEmpty();
  }

  @Test
  void pagesNoGeneratorWroteAreNotDriftButTheGoGeneratorsAre() throws Exception {
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    Files.createDirectories(page.getParent());
    Files.writeString(page, "# TAG Infrastructure\n\nWritten by hand.\n");
    assertThat(PageFiles.drift(repo, pages())).isEmpty();
    Files.writeString(
        page, "# TAG Infrastructure\n\n<!-- THIS FILE IS AUTO-GENERATED FROM /tags.yaml -->\n");
    assertThat(PageFiles.drift(repo, pages()))
        .extracting(PageFiles.Drift::path)
        .containsExactly("tags/tag-infrastructure/README.md");
  }

  @Test
  void pathsThatLeaveTheRepositoryAreRejected() {
    assertThatThrownBy(() -> new GeneratedPage("../outside.md", "x"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("page path '../outside.md' has an unsafe part '..'; a dir is a plain name");
    assertThatThrownBy(() -> new GeneratedPage("/etc/passwd", "x"))
        .hasMessage("page path '/etc/passwd' must be relative");
    TagRegistry hostile =
        TagRegistry.parse("tags:\n  - dir: ../../etc\n    name: TAG Evil\n", "tags.yaml");
    assertThatThrownBy(() -> PageGenerator.builtIn().render(hostile, "tags.yaml"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unsafe part '..'");
  }

  @Test
  void readersNeverSeeAHalfWrittenPage() throws Exception {
    String banner = PageFiles.BANNER + "tag.yaml -->\n";
    String first = banner + "# One\n\n" + "a".repeat(200_000) + "\n";
    String second = banner + "# Two\n\n" + "b".repeat(300_000) + "\n";
    Path page = repo.resolve("README.md");
    PageFiles.write(repo, List.of(new GeneratedPage("README.md", first)));
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    java.util.concurrent.atomic.AtomicInteger torn =
        new java.util.concurrent.atomic.AtomicInteger();
    Thread reader =
        new Thread(
            () -> {
              while (!done.get()) {
                try {
                  String seen = Files.readString(page);
                  if (!seen.equals(first) && !seen.equals(second)) {
                    torn.incrementAndGet();
                  }
                } catch (IOException e) {
                  torn.incrementAndGet();
                }
              }
            });
    reader.start();
    for (int i = 0; i < 100; i++) {
      PageFiles.write(repo, List.of(new GeneratedPage("README.md", i % 2 == 0 ? second : first)));
    }
    done.set(true);
    reader.join();
    assertThat(torn.get()).isZero();
    try (var files = Files.list(repo)) {
      assertThat(files.map(p -> p.getFileName().toString())).containsExactly("README.md");
    }
  }

  @Test
  void neverWritesThroughASymbolicLink(@TempDir Path outside) throws Exception {
    Files.createDirectories(repo.resolve("tags"));
    Files.createSymbolicLink(repo.resolve("tags/tag-infrastructure"), outside);
    assertThatThrownBy(() -> PageFiles.write(repo, pages()))
        .isInstanceOf(IOException.class)
        .hasMessage(
            "refusing to write tags/tag-infrastructure/README.md: tags/tag-infrastructure is a symbolic link");
    try (var files = Files.list(outside)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aPageNoGeneratorWroteIsLeftAloneAndEveryOtherPageIsWritten() throws Exception {
    Path readme = repo.resolve("tags/tag-workloads-foundation/README.md");
    Files.createDirectories(readme.getParent());
    Files.writeString(readme, "# Our TAG\n\nWritten by hand.\n");

    assertThatThrownBy(() -> PageFiles.write(repo, pages()))
        .isInstanceOf(UnownedPageException.class)
        .hasMessage(
            "tags/tag-workloads-foundation/README.md exists and was not generated (it has no"
                + " 'Generated by tagkit' banner), so it is left alone; adopt it to make it a"
                + " generated page that keeps its text in its custom block");
    assertThat(readme).hasContent("# Our TAG\n\nWritten by hand.");
    assertThat(repo.resolve("tags/tag-infrastructure/README.md")).exists();
  }

  @Test
  void everyRefusedPageIsNamedInOneRunAndAGlobAdoptsThem() throws Exception {
    for (String dir : List.of("tag-workloads-foundation", "tag-operational-resilience")) {
      Path readme = repo.resolve("tags/" + dir + "/README.md");
      Files.createDirectories(readme.getParent());
      Files.writeString(readme, "# " + dir + "\n\nWritten by hand.\n");
    }

    UnownedPageException refused =
        catchThrowableOfType(UnownedPageException.class, () -> PageFiles.write(repo, pages()));

    assertThat(refused.paths())
        .containsExactly(
            "tags/tag-operational-resilience/README.md", "tags/tag-workloads-foundation/README.md");
    assertThat(refused.getMessage())
        .startsWith("2 files exist and were not generated")
        .contains(
            "tags/tag-operational-resilience/README.md, tags/tag-workloads-foundation/README.md");
    assertThat(refused.written())
        .extracting(PageFiles.Written::path)
        .contains("tags/tag-infrastructure/README.md");
    assertThat(PageFiles.write(repo, pages(), Set.of("tags/*/README.md")))
        .filteredOn(w -> w.outcome() == PageFiles.Outcome.UPDATED)
        .extracting(PageFiles.Written::path)
        .containsExactlyInAnyOrder(
            "tags/tag-operational-resilience/README.md", "tags/tag-workloads-foundation/README.md");
    assertThat(repo.resolve("tags/tag-workloads-foundation/README.md"))
        .content()
        .contains("Written by hand.")
        .contains(PageFiles.BANNER);
  }

  @Test
  void anAdoptedPageKeepsItsTextInItsCustomBlock() throws Exception {
    Path readme = repo.resolve("tags/tag-workloads-foundation/README.md");
    Files.createDirectories(readme.getParent());
    Files.writeString(readme, "# Our TAG\n\nWritten by hand.\n");

    PageFiles.write(repo, pages(), Set.of("tags/tag-workloads-foundation/README.md"));

    String page = Files.readString(readme);
    assertThat(page)
        .contains(PageFiles.BANNER)
        .contains(PageFiles.BEGIN + "\n## Our TAG\n\nWritten by hand.\n" + PageFiles.END);
    // once adopted, it is a generated page: the text stays where it is
    assertThat(PageFiles.write(repo, pages()))
        .extracting(PageFiles.Written::outcome)
        .containsOnly(PageFiles.Outcome.UNCHANGED);
  }

  @Test
  void aCncfTocPageKeepsAdoptedAndCustomTextInABlockAtItsEnd() throws Exception {
    TagRegistry registry = TagRegistry.read(ProjectFiles.excerpt());
    List<GeneratedPage> cncfToc =
        PageGenerator.builtIn().today(LocalDate.of(2026, 7, 1)).render(registry, "tags.yaml");
    Path readme = repo.resolve("tags/tag-workloads-foundation/README.md");
    Files.createDirectories(readme.getParent());
    Files.writeString(readme, "# Our TAG\n\nWritten by hand.\n");

    PageFiles.write(repo, cncfToc, Set.of("tags/tag-workloads-foundation/README.md"));
    assertThat(Files.readString(readme))
        .startsWith("# TAG Workloads Foundation\n\n" + PageFiles.GO_BANNER)
        .endsWith(
            "[TAG Workloads Foundation Initiatives](https://github.com/cncf/toc/issues?q=state%3Aopen%20label%3Atag%2Fworkloads-foundation%20label%3Akind%2Finitiative)\n\n"
                + PageFiles.BEGIN
                + "\n## Our TAG\n\nWritten by hand.\n"
                + PageFiles.END
                + "\n");
    assertThat(PageFiles.write(repo, cncfToc))
        .extracting(PageFiles.Written::outcome)
        .containsOnly(PageFiles.Outcome.UNCHANGED);

    // A tagkit-style page's custom text survives a switch to the cncf-toc style.
    Path infrastructure = repo.resolve("tags/tag-infrastructure/README.md");
    PageFiles.write(repo, pages());
    Files.writeString(
        infrastructure,
        Files.readString(infrastructure)
            .replace(PageFiles.BEGIN + "\n", PageFiles.BEGIN + "\nOur notes.\n"));
    PageFiles.write(repo, cncfToc);
    assertThat(Files.readString(infrastructure))
        .contains(PageFiles.GO_BANNER)
        .endsWith(PageFiles.BEGIN + "\nOur notes.\n" + PageFiles.END + "\n");
  }

  @Test
  void pagesOfCncfTocsGeneratorAreGeneratedPagesToo() throws Exception {
    Path readme = repo.resolve("tags/tag-infrastructure/README.md");
    Files.createDirectories(readme.getParent());
    Files.writeString(
        readme, "# TAG Infrastructure\n\n<!-- THIS FILE IS AUTO-GENERATED FROM /tags.yaml -->\n");
    assertThat(PageFiles.write(repo, pages()))
        .filteredOn(w -> w.path().equals("tags/tag-infrastructure/README.md"))
        .extracting(PageFiles.Written::outcome)
        .containsExactly(PageFiles.Outcome.UPDATED);
  }

  @Test
  void aCalendarReplacesOnlyACalendarTagkitWrote() throws Exception {
    Files.writeString(repo.resolve("meetings.ics"), "BEGIN:VCALENDAR\nPRODID:-//Other//EN\n");
    GeneratedPage calendar =
        new GeneratedPage("meetings.ics", "BEGIN:VCALENDAR\nPRODID:-//tagkit//TAG meetings//EN\n");
    assertThatThrownBy(() -> PageFiles.write(repo, List.of(calendar)))
        .isInstanceOf(UnownedPageException.class);
    Files.writeString(
        repo.resolve("meetings.ics"),
        "BEGIN:VCALENDAR\nPRODID:-//tagkit//TAG meetings//EN\nX:old\n");
    assertThat(PageFiles.write(repo, List.of(calendar)))
        .extracting(PageFiles.Written::outcome)
        .containsExactly(PageFiles.Outcome.UPDATED);
  }

  @Test
  void aNewPageGetsTheUmasksPermissionsAndAnUpdatedPageKeepsItsOwn() throws Exception {
    Assumptions.assumeTrue(
        repo.getFileSystem().supportedFileAttributeViews().contains("posix"),
        "the file system has no POSIX permissions");
    Path probe = Files.createFile(repo.resolve("probe")); // as any new file is made here
    Set<PosixFilePermission> umasked = Files.getPosixFilePermissions(probe);
    PageFiles.write(repo, pages());
    Path page = repo.resolve("tags/tag-infrastructure/README.md");
    assertThat(Files.getPosixFilePermissions(page)).isEqualTo(umasked);

    Set<PosixFilePermission> own = PosixFilePermissions.fromString("rw-r-----");
    Files.setPosixFilePermissions(page, own);
    Files.writeString(page, Files.readString(page).replace("Infrastructure", "Infra"));
    assertThat(PageFiles.write(repo, pages()))
        .filteredOn(w -> w.path().equals("tags/tag-infrastructure/README.md"))
        .extracting(PageFiles.Written::outcome)
        .containsExactly(PageFiles.Outcome.UPDATED);
    assertThat(Files.getPosixFilePermissions(page)).isEqualTo(own);
  }

  /**
   * Metadata whose values hold the custom-content markers' text: in every style the page keeps all
   * of its sections and the one custom block tagkit wrote, the custom text written into that block
   * stays once, and a second generation changes nothing.
   */
  @org.junit.jupiter.params.ParameterizedTest
  @org.junit.jupiter.params.provider.EnumSource(
      value = PageStyle.class,
      names = {"TAGKIT", "CNCF_TOC"})
  void valuesThatHoldTheMarkersOpenCloseAndFakeNoBlock(PageStyle style) throws Exception {
    Path tag =
        Files.writeString(
            repo.resolve("tag.yaml"),
            """
            dir: tag-x
            name: "TAG X <!-- END CUSTOM CONTENT -->"
            mission_statement: |
              Mission <!-- BEGIN CUSTOM CONTENT --> text
              <!-- END CUSTOM CONTENT -->
            leadership:
              chairs:
                - {github: a, name: "A <!-- BEGIN CUSTOM CONTENT: Focus Areas -->"}
            meetings:
              - {description: Weekly, recordings_url: "https://www.youtube.com/@x"}
            """);
    MetadataPages pages =
        new MetadataPages(
            PageGenerator.builtIn().style(style),
            java.util.Optional.empty(),
            LocalDate.of(2026, 7, 1));
    pages.write(tag);
    Path readme = repo.resolve("README.md");
    String generated = Files.readString(readme);
    assertThat(generated).contains("Leadership").contains("Weekly");
    // The custom text goes into the page's own block, or into a block of its own at the end
    // where the style writes none (the cncf-toc style).
    String block = "\n" + PageFiles.BEGIN + "\n";
    String withCustom =
        generated.contains(block)
            ? generated.replace(block, block + "Our own notes.\n")
            : generated + "\n" + PageFiles.BEGIN + "\nOur own notes.\n" + PageFiles.END + "\n";
    Files.writeString(readme, withCustom);
    pages.write(tag);
    String again = Files.readString(readme);
    assertThat(again.split("Our own notes\\.", -1)).hasSize(2);
    assertThat(again)
        .contains("Mission \\<!-- BEGIN CUSTOM CONTENT --> text")
        .contains("Leadership")
        .contains("Weekly");
    assertThat(again.lines().filter(l -> l.equals(PageFiles.BEGIN))).hasSize(1);
    pages.write(tag);
    assertThat(Files.readString(readme)).as("a second generation changes nothing").isEqualTo(again);
  }

  /** When a page cannot be written, the message says which pages were written and which not. */
  @Test
  void aRunThatCannotWriteEveryPageSaysWhichItWrote() throws Exception {
    List<GeneratedPage> pages =
        List.of(
            new GeneratedPage("a/README.md", "<!-- Generated by tagkit from tags.yaml -->\na\n"),
            new GeneratedPage("b/README.md", "<!-- Generated by tagkit from tags.yaml -->\nb\n"),
            new GeneratedPage("c/README.md", "<!-- Generated by tagkit from tags.yaml -->\nc\n"));
    Files.writeString(repo.resolve("b"), "a file where the page's directory would be");
    assertThatThrownBy(() -> PageFiles.write(repo, pages, Set.of()))
        .isInstanceOf(IOException.class)
        .hasMessageStartingWith("b/README.md could not be written (")
        .hasMessageEndingWith("); written: a/README.md; not written: b/README.md, c/README.md");
    assertThat(repo.resolve("a/README.md")).exists();
    assertThat(repo.resolve("c/README.md")).doesNotExist();
  }

  /** Adopting a page that is only a title keeps the title, unless the generated page has it. */
  @org.junit.jupiter.api.Test
  void aPageOfItsTitleAloneKeepsIt() {
    String generated =
        "# TAG X\n\nText.\n\n<!-- BEGIN CUSTOM CONTENT -->\n<!-- END CUSTOM CONTENT -->\n";
    assertThat(PageFiles.notInPage(generated, "# Kept by hand\n")).isEqualTo("# Kept by hand");
    assertThat(PageFiles.notInPage(generated, "# TAG X\n")).isEmpty();
  }
}
