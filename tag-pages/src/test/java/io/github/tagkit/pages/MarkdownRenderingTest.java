package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Resource;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Code;
import org.commonmark.node.Heading;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Pages read by commonmark-java with GFM tables, as GitHub reads them: names, descriptions, cells
 * and link targets are the values the model holds, however much Markdown they contain.
 */
class MarkdownRenderingTest {
  private static final Parser PARSER =
      Parser.builder()
          .extensions(List.of(TablesExtension.create(), StrikethroughExtension.create()))
          .build();

  static Stream<Arguments> pages() throws Exception {
    List<Arguments> pages = new ArrayList<>();
    for (String file :
        List.of(
            "tag-pages/src/test/resources/hostile/tags.yaml",
            "tag-pages/src/test/resources/hostile/tag.yaml",
            "examples/cncf-toc/tags.yaml",
            "examples/tag-infrastructure/tag.yaml")) {
      Path path = ProjectFiles.path(file);
      TagRegistry registry = TagRegistry.read(path);
      for (PageStyle style : List.of(PageStyle.CNCF_TOC, PageStyle.TAGKIT)) {
        List<GeneratedPage> rendered =
            PageGenerator.builtIn()
                .style(style)
                .today(LocalDate.of(2026, 7, 1))
                .render(registry, "tags.yaml", path.getParent());
        List<Group> groups = EveryFactTest.groups(registry);
        for (int i = 0; i < rendered.size(); i++) {
          pages.add(Arguments.of(file, style, rendered.get(i), groups.get(i)));
        }
      }
    }
    return pages.stream();
  }

  static Stream<Arguments> sitePages() throws Exception {
    List<Arguments> pages = new ArrayList<>();
    for (String file :
        List.of(
            "tag-pages/src/test/resources/hostile/tags.yaml",
            "tag-pages/src/test/resources/hostile/tag.yaml",
            "examples/cncf-toc/tags.yaml",
            "examples/tag-infrastructure/tag.yaml")) {
      Path path = ProjectFiles.path(file);
      TagRegistry registry = TagRegistry.read(path);
      List<GeneratedPage> rendered =
          PageGenerator.builtIn()
              .style(PageStyle.CONTRIBUTE_SITE)
              .today(LocalDate.of(2026, 7, 1))
              .render(registry, "tags.yaml", path.getParent());
      for (Tag tag : registry.tags()) {
        String name = ContributeSiteContexts.siteName(tag) + "/index.md";
        pages.add(
            Arguments.of(
                file,
                rendered.stream().filter(p -> p.path().equals(name)).findFirst().orElseThrow(),
                tag));
      }
    }
    return pages.stream();
  }

  /**
   * A contribute-site TAG page, read as Docusaurus reads its Markdown, has each leader in a row of
   * its role's table with their name, GitHub handle, organization and term, and every link.
   */
  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("sitePages")
  void aSitePageReadsAsTheModelHoldsIt(String file, GeneratedPage page, Tag tag) {
    Node document = PARSER.parse(page.content().replaceFirst("(?s)^---\n.*?\n---\n", ""));
    Read read = new Read();
    document.accept(read);

    assertThat(text(read.headings.get(0))).isEqualTo(tag.name().strip());
    for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD)) {
      for (Person person : tag.people(role)) {
        String row =
            person.name().map(String::strip).orElse("-")
                + " | "
                + person.github().map(h -> "@" + h.strip()).orElse("-")
                + " | "
                + person.company().map(String::strip).orElse("-")
                + " | "
                + person.term().map(t -> t.start() + " to " + t.end()).orElse("-");
        assertThat(read.rows).contains(row);
      }
    }
    assertHasLiaisonsLinksAndMission(read, tag);
    tag.contact()
        .slackDetails()
        .flatMap(s -> s.archiveUrl())
        .ifPresent(u -> assertThat(read.destinations).contains(decoded(u)));
    // The registry's initiatives search, or the site's own form of the same search.
    tag.initiativesUrl()
        .ifPresent(
            u -> {
              boolean literal = read.destinations.contains(decoded(u));
              boolean same =
                  TocSearches.of(u)
                      .map(q -> TocSearches.among(read.destinations).contains(q))
                      .orElse(false);
              assertThat(literal || same).as(u + " in " + read.destinations).isTrue();
            });
    assertThat(read.cellsPerRow)
        .as("every table row has its table's columns")
        .allSatisfy(cells -> assertThat(cells).isEqualTo(4));
  }

  @ParameterizedTest(name = "{0} {1}: {2}")
  @MethodSource("pages")
  void readsAsTheModelHoldsIt(String file, PageStyle style, GeneratedPage page, Group group) {
    // A landing page opens with Docusaurus front matter, which is YAML, not Markdown.
    Node document = PARSER.parse(page.content().replaceFirst("(?s)^---\n.*?\n---\n", ""));
    Read read = new Read();
    document.accept(read);

    assertThat(text(read.headings.get(0))).contains(group.name());
    for (Role role : List.of(Role.CHAIR, Role.TECH_LEAD, Role.SUBPROJECT_LEAD)) {
      for (Person person : group.people(role)) {
        person
            .name()
            .ifPresent(
                name -> assertThat(read.listItems).anyMatch(item -> item.startsWith(name.strip())));
        person
            .company()
            .ifPresent(company -> assertThat(read.listItems).anyMatch(i -> i.contains(company)));
      }
    }
    assertHasLiaisonsLinksAndMission(read, group);
    for (Meeting meeting : group.meetings()) {
      meeting
          .description()
          .ifPresent(
              d ->
                  assertThat(
                          read.strong.stream().map(String::strip).toList()
                              + " "
                              + read.headings.stream().map(MarkdownRenderingTest::text).toList()
                              + " "
                              + read.listItems)
                      .contains(d));
      meeting.schedule().ifPresent(s -> assertThat(read.listItems).anyMatch(i -> i.contains(s)));
    }
    if (group instanceof Tag tag) {
      tag.initiativesUrl().ifPresent(u -> assertThat(read.destinations).contains(decoded(u)));
      if (style == PageStyle.TAGKIT) {
        List<Resource> resources = tag.page().map(p -> p.resources()).orElse(List.of());
        for (Resource resource : resources) {
          // The fields of page: are Markdown: a cell reads as its value rendered.
          assertThat(read.cells)
              .contains(rendered(resource.title()), rendered(resource.description().orElse("")));
          assertThat(read.destinations).contains(decoded(resource.url()));
        }
      }
    }
    assertThat(read.cellsPerRow)
        .as("every table row has its table's columns")
        .allSatisfy(cells -> assertThat(cells).isEqualTo(2));
  }

  /**
   * What every page of {@code group} shows: its TOC liaisons, the links of its meetings and mailing
   * list, and its mission, paragraph by paragraph.
   */
  private static void assertHasLiaisonsLinksAndMission(Read read, Group group) {
    for (Person liaison : group.contact().tocLiaisons()) {
      assertThat(read.listItems).anyMatch(item -> item.contains(liaison.name().orElseThrow()));
    }
    for (Meeting meeting : group.meetings()) {
      for (Optional<String> url :
          List.of(
              meeting.tagCalendar(),
              meeting.recordingsUrl(),
              meeting.meetingNotesUrl(),
              meeting.agendaUrl(),
              meeting.zoomUrl())) {
        url.ifPresent(u -> assertThat(read.destinations).contains(decoded(u)));
      }
    }
    group
        .contact()
        .mailingList()
        .ifPresent(u -> assertThat(read.destinations).contains(decoded(u)));
    group
        .missionStatement()
        .ifPresent(
            mission ->
                assertThat(read.paragraphs)
                    .containsSubsequence(
                        paragraphsOf(mission).stream()
                            .map(p -> MARKDOWN_MISSIONS.contains(mission) ? rendered(p) : p)
                            .toList()));
  }

  private static String rendered(String markdown) {
    return text(PARSER.parse(markdown)).strip();
  }

  /**
   * The fixtures' missions that are Markdown as their authors meant it (only emphasis, code, links
   * and lists): they read as that Markdown renders, as on the Go generator's pages. Every other
   * mission holds something that would change the page (a heading, a list marker after a blank line
   * in a folded scalar, brackets that link nothing) and reads as written.
   */
  private static final java.util.Set<String> MARKDOWN_MISSIONS =
      java.util.Set.of("TOC subproject with *emphasis* and `code`.");

  /** The paragraphs a statement is written as: blank-line separated, else one per line. */
  private static List<String> paragraphsOf(String statement) {
    String text = statement.strip();
    String[] parts = text.contains("\n\n") ? text.split("\n\\s*\n") : text.split("\n");
    return Stream.of(parts).map(p -> p.strip().replaceAll("\\s*\\n\\s*", " ")).toList();
  }

  /**
   * What a reader of the page gets: texts of headings, items, paragraphs and cells, link targets.
   */
  private static final class Read extends AbstractVisitor {
    final List<Heading> headings = new ArrayList<>();
    final List<String> listItems = new ArrayList<>();
    final List<String> paragraphs = new ArrayList<>();
    final List<String> strong = new ArrayList<>();
    final List<String> cells = new ArrayList<>();
    final List<Integer> cellsPerRow = new ArrayList<>();
    final List<String> rows = new ArrayList<>();
    final List<String> destinations = new ArrayList<>();

    @Override
    public void visit(Heading heading) {
      headings.add(heading);
      visitChildren(heading);
    }

    @Override
    public void visit(ListItem item) {
      listItems.add(text(item).strip());
      visitChildren(item);
    }

    @Override
    public void visit(Paragraph paragraph) {
      paragraphs.add(text(paragraph).strip());
      visitChildren(paragraph);
    }

    @Override
    public void visit(StrongEmphasis emphasis) {
      strong.add(text(emphasis));
      visitChildren(emphasis);
    }

    @Override
    public void visit(Link link) {
      destinations.add(decoded(link.getDestination()));
      visitChildren(link);
    }

    @Override
    public void visit(org.commonmark.node.CustomBlock block) {
      if (block instanceof TableBlock) {
        collectTable(block);
      }
      visitChildren(block);
    }

    private void collectTable(Node node) {
      for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
        if (child instanceof TableRow) {
          int count = 0;
          List<String> row = new ArrayList<>();
          for (Node cell = child.getFirstChild(); cell != null; cell = cell.getNext()) {
            if (cell instanceof TableCell) {
              cells.add(text(cell).strip());
              row.add(text(cell).strip());
              count++;
            }
          }
          cellsPerRow.add(count);
          rows.add(String.join(" | ", row));
        } else {
          collectTable(child);
        }
      }
    }
  }

  /** A URL with the characters a link target must encode decoded, to compare any two spellings. */
  private static String decoded(String destination) {
    return destination
        .strip()
        .replace("%7C", "|")
        .replace("%20", " ")
        .replace("%28", "(")
        .replace("%29", ")")
        .replace("%3C", "<")
        .replace("%3E", ">");
  }

  /** The text a node renders as: its literals, line breaks as spaces. */
  static String text(Node node) {
    StringBuilder text = new StringBuilder();
    node.accept(
        new AbstractVisitor() {
          @Override
          public void visit(Text t) {
            text.append(t.getLiteral());
          }

          @Override
          public void visit(Code code) {
            text.append('`').append(code.getLiteral()).append('`');
          }

          @Override
          public void visit(SoftLineBreak lineBreak) {
            text.append(' ');
          }
        });
    return text.toString();
  }
}
