package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.Properties;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagValidator;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The dirs {@code tag:validate} accepts are the dirs {@code tag:generate} writes pages for, in
 * every style: a dir such as {@code tag-..} (whose website page would be {@code ../index.md}) is an
 * {@code invalid-format} error, not a surprise at generation.
 */
class DirPagesTest {
  private static final TagValidator VALIDATOR =
      TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();

  private static String registry(String dir) {
    return "tags:\n  - dir: '" + dir.replace("'", "''") + "'\n    name: TAG X\n";
  }

  private static boolean accepted(String dir) {
    Report report = VALIDATOR.validate(registry(dir), "tags.yaml");
    return report.findings().stream().noneMatch(f -> f.location().pointer().equals("/tags/0/dir"));
  }

  @Test
  void dirsThatWouldPutAPageElsewhereAreRefusedByValidate() {
    assertThat(accepted("tag-infrastructure")).isTrue();
    assertThat(accepted("tag-x.y_z-2")).isTrue();
    for (String dir : new String[] {"tag-..", "tag-.", "tag-", "tag--x", "tag-.x", "../x", "a/b"}) {
      assertThat(accepted(dir)).as(dir).isFalse();
    }
  }

  @Test
  void everyDirValidateAcceptsGetsItsPagesInEveryStyle() {
    Gen<String> dirs =
        Gen.oneOf(Gen.strings("tag-.x9_", 1, 8), Gen.strings(".x9_-", 0, 4).map(s -> "tag-" + s));
    Properties.forAll(
        300,
        dirs,
        dir -> {
          if (accepted(dir)) {
            TagRegistry registry = TagRegistry.parse(registry(dir), "tags.yaml");
            for (PageStyle style : PageStyle.values()) {
              assertThatCode(
                      () ->
                          PageGenerator.builtIn()
                              .style(style)
                              .today(LocalDate.of(2026, 7, 1))
                              .render(registry, "tags.yaml"))
                  .as(style + " " + dir)
                  .doesNotThrowAnyException();
            }
          }
        });
  }
}
