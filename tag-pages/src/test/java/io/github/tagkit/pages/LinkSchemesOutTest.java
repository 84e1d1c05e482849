package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.LinkSchemes;
import io.github.tagkit.model.TagRegistry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.Test;

/**
 * No page links to a scheme a page must not link to, in any field that holds a link: read back with
 * commonmark-java, every link and image of every style goes to an https, http or mailto URL, a
 * path, or nowhere, and the calendar names no such URL.
 */
class LinkSchemesOutTest {
  private static final List<String> HOSTILE =
      List.of(
          "javascript:alert(1)",
          "JavaScript:alert(1)",
          " java\tscript:alert(1)",
          "data:text/html;base64,PHNjcmlwdD4=",
          "vbscript:msgbox(1)",
          "file:///etc/passwd");

  private static String tag(String link) {
    String q = "\"" + link.replace("\t", "\\t") + "\"";
    return "dir: tag-x\nname: TAG X\ncharter_link: "
        + q
        + "\nlandscape_url: "
        + q
        + "\nlandscape_preview_image: "
        + q
        + "\ntag_initiatives: "
        + q
        + "\npage:\n  resources:\n    - {title: Guide, url: "
        + q
        + "}\nleadership:\n  chairs:\n    - {github: a, name: A}\n"
        + "meetings:\n  - description: Weekly\n"
        + "    recurrence: {frequency: weekly, day: monday, time: \"10:00\", time_zone: UTC}\n"
        + "    zoom_url: "
        + q
        + "\n    tag_calendar: "
        + q
        + "\n    recordings_url: "
        + q
        + "\n    meeting_notes_url: "
        + q
        + "\n    agenda_url: "
        + q
        + "\ncontact:\n  slack_workspace: "
        + q
        + "\n  slack_invite: "
        + q
        + "\n  mailing_list: "
        + q
        + "\n  mailing_list_archives: "
        + q
        + "\n  github_repository: "
        + q
        + "\n";
  }

  /** Every link and image destination of a page, as commonmark-java reads it. */
  private static List<String> destinations(String page) {
    List<String> found = new ArrayList<>();
    Parser.builder()
        .extensions(List.of(TablesExtension.create()))
        .build()
        .parse(page)
        .accept(
            new AbstractVisitor() {
              @Override
              public void visit(Link link) {
                found.add(link.getDestination());
                visitChildren(link);
              }

              @Override
              public void visit(Image image) {
                found.add(image.getDestination());
                visitChildren(image);
              }
            });
    return found;
  }

  @Test
  void anUnsafeLinkIsShownAsItsText() {
    TagRegistry registry =
        TagRegistry.reader().lenient().read(tag("javascript:alert(1)"), "tag.yaml");
    for (PageStyle style : PageStyle.values()) {
      String pages =
          PageGenerator.builtIn()
              .style(style)
              .today(LocalDate.of(2026, 7, 1))
              .render(registry, "tag.yaml")
              .stream()
              .map(GeneratedPage::content)
              .reduce("", String::concat);
      assertThat(pages).as(style.toString()).doesNotContain("](#)").doesNotContain("tagkit-unsafe");
    }
    String site =
        PageGenerator.builtIn()
            .style(PageStyle.CONTRIBUTE_SITE)
            .today(LocalDate.of(2026, 7, 1))
            .render(registry, "tag.yaml")
            .get(0)
            .content();
    assertThat(site).contains("- Guide").contains("- **Join**: javascript:alert(1)");
  }

  @Test
  void aTargetOutsideALinkGoesNowhere() {
    assertThat(
            MarkdownEscapes.unsafeLinksAsText(
                "see [a [b] c](x" + MarkdownEscapes.UNSAFE_TARGET + "/y) now"))
        .isEqualTo("see a [b] c now");
    assertThat(
            MarkdownEscapes.unsafeLinksAsText(
                "[![alt](" + MarkdownEscapes.UNSAFE_TARGET + ")](https://a)"))
        .isEqualTo("[alt](https://a)");
    assertThat(MarkdownEscapes.unsafeLinksAsText("\\[x\\](" + MarkdownEscapes.UNSAFE_TARGET + ")"))
        .isEqualTo("\\[x\\](#)");
    assertThat(MarkdownEscapes.unsafeLinksAsText("href: " + MarkdownEscapes.UNSAFE_TARGET))
        .isEqualTo("href: #");
  }

  @Test
  void noPageOrCalendarLinksToAnUnsafeScheme() {
    for (String link : HOSTILE) {
      TagRegistry registry = TagRegistry.reader().lenient().read(tag(link), "tag.yaml");
      for (PageStyle style : PageStyle.values()) {
        for (GeneratedPage page :
            PageGenerator.builtIn()
                .style(style)
                .today(LocalDate.of(2026, 7, 1))
                .render(registry, "tag.yaml")) {
          assertThat(destinations(page.content()))
              .as(style + " " + page.path() + " with " + link + ":\n" + page.content())
              .allMatch(LinkSchemes::safe)
              .doesNotContain("#")
              .noneMatch(d -> d.contains("tagkit-unsafe-link"));
        }
      }
      assertThat(ICalendar.of(registry).text())
          .doesNotContainIgnoringCase("\r\nURL:" + link.strip());
    }
  }
}
