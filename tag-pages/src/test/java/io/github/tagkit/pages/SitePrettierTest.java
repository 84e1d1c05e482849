package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.MetadataGenerators;
import io.github.tagkit.model.testing.NpmTools;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The contribute-site style's pages pass the site's own format check: Prettier 3.5.3 with the
 * Prettier settings of the site's {@code package.json} ({@code proseWrap: always}, {@code
 * singleQuote: true}) leaves every page as it is. Prettier is installed from npm into the build
 * directory; the test is skipped, saying so, only where npm is missing.
 */
class SitePrettierTest {
  private static final Path TOOL = Path.of("target", "prettier").toAbsolutePath();
  private static final String VERSION = "3.5.3";

  @Test
  void prettierLeavesEveryGeneratedPageAsItIs() throws Exception {
    Path site = Files.createDirectories(TOOL.resolve("generated"));
    clean(site);
    for (String file :
        List.of(
            "examples/cncf-toc/tags.yaml",
            "examples/tag-infrastructure/tag.yaml",
            "tag-pages/src/test/resources/hostile/tags.yaml",
            "tag-pages/src/test/resources/hostile/tag.yaml")) {
      Path metadata = ProjectFiles.path(file);
      write(
          site.resolve(file.replace('/', '_')),
          generator()
              .render(
                  TagRegistry.read(metadata),
                  metadata.getFileName().toString(),
                  metadata.getParent()));
    }
    long seed = Long.getLong("tagkit.seed", new SplittableRandom().nextLong());
    List<TagRegistry> registries = MetadataGenerators.registry().samples(seed).limit(40).toList();
    for (int i = 0; i < registries.size(); i++) {
      write(site.resolve("generated-" + i), generator().render(registries.get(i), "tags.yaml"));
    }
    try {
      assertPrettierKeeps(site);
    } catch (AssertionError e) {
      throw new AssertionError("generated from seed " + seed + " (-Dtagkit.seed=" + seed + ")", e);
    }
  }

  @Test
  void prettierLeavesRealChartersAndPagesAsTheyArePrinted() throws Exception {
    Path printed = Files.createDirectories(TOOL.resolve("printed"));
    clean(printed);
    List<Path> sources = new ArrayList<>();
    try (Stream<Path> charters = Files.walk(ProjectFiles.path("examples"))) {
      charters
          .filter(p -> p.getFileName().toString().equals("charter.md"))
          .filter(p -> !p.toString().contains("/target/"))
          .forEach(sources::add);
    }
    sources.add(ProjectFiles.path("tag-pages/src/test/resources/contribute-site/index.md"));
    sources.add(
        ProjectFiles.path("tag-pages/src/test/resources/contribute-site/infrastructure/index.md"));
    sources.add(
        ProjectFiles.path("tag-pages/src/test/resources/contribute-site/hostile-charter.md"));
    sources.add(
        ProjectFiles.path(
            "tag-model/src/test/resources/charters/contribute-site/infrastructure-charter.md"));
    assertThat(sources).hasSizeGreaterThan(6);
    for (int i = 0; i < sources.size(); i++) {
      Files.writeString(
          printed.resolve(i + "-" + sources.get(i).getFileName()),
          SiteMarkdown.format(Files.readString(sources.get(i))));
    }
    assertPrettierKeeps(printed);
  }

  /**
   * Adopted pages pass too: the real charter page of the site (the charter once), and the same with
   * a section of the site's own, kept below the charter as the site's printer writes it.
   */
  @Test
  void prettierLeavesAdoptedChartersAsTheyAre() throws Exception {
    Path adopted = Files.createDirectories(TOOL.resolve("adopted"));
    clean(adopted);
    String real =
        Files.readString(
            ProjectFiles.path(
                "tag-model/src/test/resources/charters/contribute-site/infrastructure-charter.md"));
    Path metadata = ProjectFiles.path("examples/cncf-toc/tags.yaml");
    List<GeneratedPage> charter =
        generator().render(TagRegistry.read(metadata), "tags.yaml", metadata.getParent()).stream()
            .filter(p -> p.path().equals("infrastructure/charter.md"))
            .toList();
    Path as = adopted.resolve("as-is");
    Files.createDirectories(as.resolve("infrastructure"));
    Files.writeString(as.resolve("infrastructure/charter.md"), real);
    PageFiles.write(as, charter, java.util.Set.of("infrastructure/charter.md"));
    Path more = adopted.resolve("with-notes");
    Files.createDirectories(more.resolve("infrastructure"));
    Files.writeString(
        more.resolve("infrastructure/charter.md"),
        real + "\n## Notes\n\n* Reviewed   by the TOC\n* Next review: *2027*\n");
    PageFiles.write(more, charter, java.util.Set.of("infrastructure/charter.md"));
    assertThat(Files.readString(more.resolve("infrastructure/charter.md")))
        .contains("### Notes\n\n- Reviewed by the TOC\n- Next review: _2027_");
    // and the real TAGs index, each TAG's own line kept in its entry
    Path index = adopted.resolve("index");
    Files.createDirectories(index);
    Files.copy(
        ProjectFiles.path("tag-pages/src/test/resources/contribute-site/index.md"),
        index.resolve("index.md"));
    PageFiles.write(
        index,
        generator().render(TagRegistry.read(metadata), "tags.yaml", metadata.getParent()).stream()
            .filter(p -> p.path().equals("index.md"))
            .toList(),
        java.util.Set.of("index.md"));
    assertPrettierKeeps(adopted);
  }

  private static PageGenerator generator() {
    return PageGenerator.builtIn().style(PageStyle.CONTRIBUTE_SITE).today(MetadataGenerators.TODAY);
  }

  private static void write(Path directory, List<GeneratedPage> pages) throws Exception {
    assertThat(pages).isNotEmpty();
    for (GeneratedPage page : pages) {
      Path file = PagePaths.resolve(directory, page.path());
      Files.createDirectories(file.getParent());
      Files.writeString(file, page.content());
    }
  }

  /** Prettier, run with the site's settings on a copy of {@code directory}, changes no file. */
  private static void assertPrettierKeeps(Path directory) throws Exception {
    NpmTools.install(
        TOOL, "prettier@" + VERSION, TOOL.resolve("node_modules/prettier"), "Prettier");
    Path copy = directory.resolveSibling(directory.getFileName() + "-prettier");
    clean(copy);
    List<Path> pages;
    try (Stream<Path> files = Files.walk(directory)) {
      pages = files.filter(p -> p.toString().endsWith(".md")).toList();
    }
    for (Path page : pages) {
      Path target = copy.resolve(directory.relativize(page));
      Files.createDirectories(target.getParent());
      Files.copy(page, target);
    }
    // The site's package.json carries its Prettier settings, as Prettier finds them there.
    Files.copy(
        ProjectFiles.path("tag-pages/src/test/resources/contribute-site/package.json"),
        copy.resolve("package.json"));
    NpmTools.run(
        List.of(
            TOOL.resolve("node_modules/.bin/prettier").toString(),
            "--log-level",
            "warn",
            "--write",
            "**/*.md"),
        copy,
        300);
    for (Path page : pages) {
      assertThat(copy.resolve(directory.relativize(page)))
          .as("Prettier's version of %s", page)
          .hasSameTextualContentAs(page);
    }
  }

  private static void clean(Path directory) throws Exception {
    if (Files.exists(directory)) {
      try (Stream<Path> files = Files.walk(directory)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(directory);
  }
}
