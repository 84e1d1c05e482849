package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The built-in templates render the real registry to the reviewed pages of {@code
 * examples/cncf-toc}, and the example TAG to the page under {@code golden/}. {@code
 * -Dgolden.update=true} rewrites them, to review as a diff.
 */
class GoldenPagesTest {
  static final Path RESOURCES = Path.of("src/test/resources");
  private static final boolean UPDATE = Boolean.getBoolean("golden.update");

  static Stream<Arguments> pages() throws Exception {
    return Stream.of("examples/cncf-toc/tags.yaml", "examples/tag-infrastructure/tag.yaml")
        .flatMap(
            input -> {
              try {
                Path file = ProjectFiles.path(input);
                TagRegistry registry = TagRegistry.read(file);
                // The example TAG asks for the picture of its terms, as its pom does.
                Set<PageGenerator.Extra> extras =
                    input.endsWith("tags.yaml")
                        ? Set.of()
                        : Set.of(PageGenerator.Extra.TERMS_CHART);
                List<GeneratedPage> pages =
                    PageGenerator.builtIn()
                        .with(extras)
                        .today(LocalDate.of(2026, 7, 1))
                        .render(registry, file.getFileName().toString(), file.getParent());
                String layout = input.endsWith("tags.yaml") ? "registry" : "single-tag";
                return pages.stream().map(page -> Arguments.of(layout, page));
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            });
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("pages")
  void rendersTheReviewedPage(String layout, GeneratedPage page) throws Exception {
    Path golden =
        layout.equals("registry")
            ? ProjectFiles.path("examples/cncf-toc").resolve(page.path())
            : RESOURCES.resolve("golden").resolve(layout).resolve(page.path());
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, page.content());
    }
    assertThat(page.content()).isEqualTo(Files.readString(golden));
  }
}
