package io.github.tagkit.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.networknt.schema.format.DateFormat;
import com.networknt.schema.format.Format;
import com.networknt.schema.format.UriFormat;
import com.networknt.schema.format.UriReferenceFormat;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The quick formats give networknt's answers, and give them without networknt where they can. */
class QuickFormatsTest {
  private static final Format DATE = QuickFormats.date();
  private static final Format URI = QuickFormats.uri();
  private static final Format URI_REFERENCE = QuickFormats.uriReference();

  @Test
  void everyDayOfALeapYearAndTheDaysThatDoNotExist() {
    for (LocalDate day = LocalDate.of(2024, 1, 1); day.getYear() == 2024; day = day.plusDays(1)) {
      assertThat(DATE.matches(null, day.toString())).as(day.toString()).isTrue();
    }
    for (String absent : new String[] {"2025-02-29", "2024-02-30", "2024-04-31", "2024-13-01"}) {
      assertThat(DATE.matches(null, absent)).as(absent).isFalse();
    }
  }

  @Property(tries = 3000)
  void datesAsNetworkntSees(@ForAll("dateLike") String value) {
    assertThat(DATE.matches(null, value))
        .as(value)
        .isEqualTo(new DateFormat().matches(null, value));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "https://github.com/cncf/toc",
        "https://zoom.us/j/123?pwd=abc",
        "https://example.com:8443/a/b;c?d=e&f=g#h",
        "http://x.io/%7Euser/",
        "https://www.youtube.com/@cncf",
        "mailto:someone@example.com",
        "https://example.com/a b",
        "https://example.com/?q=[1]",
        "https://exämple.com/",
        "//example.com/",
        "charter.md",
      })
  void linksAsNetworkntSees(String value) {
    assertThat(URI.matches(null, value)).isEqualTo(new UriFormat().matches(null, value));
    assertThat(URI_REFERENCE.matches(null, value))
        .isEqualTo(new UriReferenceFormat().matches(null, value));
  }

  @Test
  void theCommonShapesNeedNoParsing() {
    assertThat(QuickFormats.simpleLink("https://github.com/cncf/toc/blob/main/README.md")).isTrue();
    assertThat(QuickFormats.simpleLink("https://zoom.us/j/123?pwd=abc#x")).isTrue();
    assertThat(QuickFormats.simplePath("tags/tag-infrastructure/charter.md")).isTrue();
    assertThat(QuickFormats.simplePath("../charter.md#scope")).isTrue();
  }

  @Property(tries = 5000)
  void aQuickYesIsAlwaysNetworkntsYes(@ForAll("linkLike") String value) {
    boolean link = QuickFormats.simpleLink(value);
    boolean path = QuickFormats.simplePath(value);
    Statistics.label("quick").collect(link ? "link" : path ? "path" : "networknt");
    if (link) {
      assertThat(new UriFormat().matches(null, value)).as(value).isTrue();
    }
    if (link || path) {
      assertThat(new UriReferenceFormat().matches(null, value)).as(value).isTrue();
    }
    Statistics.label("quick")
        .coverage(
            coverage -> {
              coverage.check("link").percentage(p -> p > 10);
              coverage.check("path").percentage(p -> p > 5);
            });
  }

  @Provide
  Arbitrary<String> dateLike() {
    Arbitrary<String> shaped =
        Combinators.combine(
                Arbitraries.integers().between(0, 9999),
                Arbitraries.integers().between(0, 14),
                Arbitraries.integers().between(0, 33))
            .as((y, m, d) -> String.format("%04d-%02d-%02d", y, m, d));
    Arbitrary<String> noisy = Arbitraries.strings().withChars("0123456789-+T:Z١ ").ofMaxLength(12);
    return Arbitraries.oneOf(shaped, noisy);
  }

  @Provide
  Arbitrary<String> linkLike() {
    Arbitrary<String> scheme = Arbitraries.of("https", "http", "ftp", "a+b.c-d", "1x", "", "h s");
    Arbitrary<String> separator = Arbitraries.of("://", ":/", ":", "", "//");
    Arbitrary<String> host =
        Arbitraries.of("example.com", "github.com", "-x", "a_b", "1.2.3.4", "", "[::1]", "u@h");
    Arbitrary<String> port = Arbitraries.of("", ":8080", ":", ":x");
    Arbitrary<String> rest =
        Arbitraries.oneOf(
            Arbitraries.strings().withChars("abcXYZ019/-_.!~*'();:@&=+$,?#").ofMaxLength(24),
            Arbitraries.strings().withChars("abc/%2Fe?#[] \"<>\\^`{|}é").ofMaxLength(24));
    Arbitrary<String> anyLink =
        Combinators.combine(scheme, separator, host, port, rest)
            .as((s, sep, h, p, r) -> s + sep + h + p + r);
    Arbitrary<String> plainLink =
        Combinators.combine(
                Arbitraries.of("https", "http", "a+b.c-d"),
                Arbitraries.of("example.com", "github.com", "1.2.3.4", "a-b.io"),
                Arbitraries.of("", ":8080"),
                Arbitraries.strings().withChars("abcXYZ019/-_.!~*'();:@&=+$,?#").ofMaxLength(24))
            .as((s, h, p, r) -> s + "://" + h + p + "/" + r);
    Arbitrary<String> plainPath =
        Arbitraries.strings()
            .withChars("abc019/-_.!~*'();@&=+$,?#:%")
            .ofMinLength(1)
            .ofMaxLength(24);
    return Arbitraries.oneOf(anyLink, plainLink, plainPath);
  }
}
