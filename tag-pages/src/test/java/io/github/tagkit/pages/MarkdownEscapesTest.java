package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping, one case a line: what a value becomes where it lands. */
class MarkdownTest {

  @Test
  void textEscapesInlineMarkupAndWhatWouldOpenABlock() {
    assertThat(Markdown.text("Plain name")).isEqualTo("Plain name");
    assertThat(Markdown.text("*bold* _em_ `code`")).isEqualTo("\\*bold\\* \\_em\\_ \\`code\\`");
    assertThat(Markdown.text("[link](x) <b>")).isEqualTo("\\[link\\](x) \\<b>");
    assertThat(Markdown.text("back\\slash")).isEqualTo("back\\\\slash");
    assertThat(Markdown.text("# heading")).isEqualTo("\\# heading");
    assertThat(Markdown.text("- item")).isEqualTo("\\- item");
    assertThat(Markdown.text("1. first")).isEqualTo("1\\. first");
    assertThat(Markdown.text("cloud-native 2025. ok")).isEqualTo("cloud-native 2025. ok");
  }

  @Test
  void inlineKeepsWhatOnlyMattersAtTheStartOfALine() {
    assertThat(Markdown.inline("#channel")).isEqualTo("#channel");
    assertThat(Markdown.inline("- x")).isEqualTo("- x");
    assertThat(Markdown.inline("a*b")).isEqualTo("a\\*b");
    assertThat(Markdown.inline("America/New_York snake_case"))
        .isEqualTo("America/New_York snake_case");
    assertThat(Markdown.inline("_lead_ a_ _b")).isEqualTo("\\_lead\\_ a\\_ \\_b");
  }

  @Test
  void cellEscapesPipesAndStaysOnOneLine() {
    assertThat(Markdown.cell("a | b")).isEqualTo("a \\| b");
    assertThat(Markdown.cell("a\nb")).isEqualTo("a b");
    assertThat(Markdown.cell("*x*")).isEqualTo("\\*x\\*");
    assertThat(Markdown.cellUrl("https://x.io/a|b")).isEqualTo("https://x.io/a%7Cb");
  }

  @Test
  void urlEncodesWhatWouldEndALinkTarget() {
    assertThat(Markdown.url("https://x.io/a b")).isEqualTo("https://x.io/a%20b");
    assertThat(Markdown.url("https://x.io/(a)")).isEqualTo("https://x.io/%28a%29");
    assertThat(Markdown.url("https://x.io/<a>")).isEqualTo("https://x.io/%3Ca%3E");
    assertThat(Markdown.url("https://x.io/q?a=%20")).isEqualTo("https://x.io/q?a=%20");
    assertThat(Markdown.url("https://x.io/a_b")).isEqualTo("https://x.io/a_b");
  }

  @Test
  void paragraphsStayParagraphs() {
    assertThat(Markdown.paragraphs("one line\n")).isEqualTo("one line");
    assertThat(Markdown.paragraphs("folded one\nfolded two\n"))
        .isEqualTo("folded one\n\nfolded two");
    assertThat(Markdown.paragraphs("kept\n\napart\nwrapped")).isEqualTo("kept\n\napart\nwrapped");
  }
}
