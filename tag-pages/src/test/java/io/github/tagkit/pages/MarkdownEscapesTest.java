package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Escaping, one case a line: what a value becomes where it lands. */
class MarkdownEscapesTest {

  @Test
  void textEscapesInlineMarkupAndWhatWouldOpenABlock() {
    assertThat(MarkdownEscapes.text("Plain name")).isEqualTo("Plain name");
    assertThat(MarkdownEscapes.text("*bold* _em_ `code`"))
        .isEqualTo("\\*bold\\* \\_em\\_ \\`code\\`");
    assertThat(MarkdownEscapes.text("[link](x) <b>")).isEqualTo("\\[link\\](x) \\<b>");
    assertThat(MarkdownEscapes.text("back\\slash")).isEqualTo("back\\\\slash");
    assertThat(MarkdownEscapes.text("# heading")).isEqualTo("\\# heading");
    assertThat(MarkdownEscapes.text("- item")).isEqualTo("\\- item");
    assertThat(MarkdownEscapes.text("1. first")).isEqualTo("1\\. first");
    assertThat(MarkdownEscapes.text("cloud-native 2025. ok")).isEqualTo("cloud-native 2025. ok");
  }

  @Test
  void inlineKeepsWhatOnlyMattersAtTheStartOfALine() {
    assertThat(MarkdownEscapes.inline("#channel")).isEqualTo("#channel");
    assertThat(MarkdownEscapes.inline("- x")).isEqualTo("- x");
    assertThat(MarkdownEscapes.inline("a*b")).isEqualTo("a\\*b");
    assertThat(MarkdownEscapes.inline("America/New_York snake_case"))
        .isEqualTo("America/New_York snake_case");
    assertThat(MarkdownEscapes.inline("_lead_ a_ _b")).isEqualTo("\\_lead\\_ a\\_ \\_b");
  }

  @Test
  void cellEscapesPipesAndStaysOnOneLine() {
    assertThat(MarkdownEscapes.cell("a | b")).isEqualTo("a \\| b");
    assertThat(MarkdownEscapes.cell("a\nb")).isEqualTo("a b");
    assertThat(MarkdownEscapes.cell("*x*")).isEqualTo("\\*x\\*");
    assertThat(MarkdownEscapes.cellUrl("https://x.io/a|b")).isEqualTo("https://x.io/a%7Cb");
  }

  @Test
  void urlEncodesWhatWouldEndALinkTarget() {
    assertThat(MarkdownEscapes.url("https://x.io/a b")).isEqualTo("https://x.io/a%20b");
    assertThat(MarkdownEscapes.url("https://x.io/(a)")).isEqualTo("https://x.io/%28a%29");
    assertThat(MarkdownEscapes.url("https://x.io/<a>")).isEqualTo("https://x.io/%3Ca%3E");
    assertThat(MarkdownEscapes.url("https://x.io/q?a=%20")).isEqualTo("https://x.io/q?a=%20");
    assertThat(MarkdownEscapes.url("https://x.io/a_b")).isEqualTo("https://x.io/a_b");
  }

  @Test
  void paragraphsStayParagraphs() {
    assertThat(MarkdownEscapes.paragraphs("one line\n")).isEqualTo("one line");
    assertThat(MarkdownEscapes.paragraphs("folded one\nfolded two\n"))
        .isEqualTo("folded one\n\nfolded two");
    assertThat(MarkdownEscapes.paragraphs("kept\n\napart\nwrapped"))
        .isEqualTo("kept\n\napart\nwrapped");
  }
}
