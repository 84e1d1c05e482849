package io.github.tagkit.pages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.tagkit.model.Charter;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.RepositoryFiles;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.TocSubproject;
import io.github.tagkit.validator.ConfigurationException;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Renders the pages of a metadata file through Mustache templates: for a registry, {@code
 * tags/<dir>/README.md} for each TAG, {@code tags/<tag>/subprojects/<dir>/README.md} for its
 * subprojects and {@code toc_subprojects/<dir>/README.md}; for a per-TAG repository, its landing
 * page {@code README.md} (and its subprojects' pages). The {@link PageStyle} decides their layout:
 * cncf/toc's README format by default for a registry, tagkit's for a per-TAG repository. Built-in
 * templates can be replaced one by one from a directory: {@code tag.mustache}, {@code
 * subproject.mustache}, {@code landing.mustache} and the partials {@code contact.mustache} and
 * {@code custom.mustache} for the tagkit style; {@code cncf-toc-tag.mustache}, {@code
 * cncf-toc-tag-subproject.mustache}, {@code cncf-toc-toc-subproject.mustache} and the partial
 * {@code cncf-toc-leaders.mustache} for the cncf-toc style; {@code contribute-site-tag.mustache},
 * {@code contribute-site-charter.mustache} and {@code contribute-site-index.mustache} for the
 * contribute-site style, whose output is then printed as the site's Prettier settings print it.
 * Templates get every value escaped for Markdown already. Immutable and thread-safe.
 */
public final class PageGenerator {
  private static final String BUILT_IN = "/io/github/tagkit/pages/templates/";

  private final Optional<Path> templateDirectory;
  private final LocalDate today;
  private final Optional<PageStyle> style;
  private final Set<Extra> extras;
  private final Mustache.Compiler compiler;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  /**
   * A page, or part of pages, that is made only when asked for: it is not in the Go generator's
   * pages, and a repository that has its own would have it overwritten.
   */
  public enum Extra {
    /**
     * The picture of the leaders' terms ({@code leadership-terms.svg}), and the pages' link to it.
     */
    TERMS_CHART,
    /**
     * The page of emeritus leaders ({@code tags/emeritus_leaders.md} in a registry), which cncf/toc
     * keeps by hand.
     */
    EMERITUS_PAGE
  }

  private PageGenerator(
      Optional<Path> templateDirectory,
      LocalDate today,
      Optional<PageStyle> style,
      Set<Extra> extras) {
    this.templateDirectory = templateDirectory;
    this.today = today;
    this.style = style;
    this.extras = Set.copyOf(extras);
    this.compiler =
        Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(name -> new StringReader(source(name + ".mustache")));
  }

  /** {@return the built-in templates; UTC times are worked out for the current year} */
  public static PageGenerator builtIn() {
    return new PageGenerator(Optional.empty(), LocalDate.now(), Optional.empty(), Set.of());
  }

  /**
   * Templates from {@code directory} where it has them, the built-in ones elsewhere.
   *
   * @param directory the templates directory
   * @return a generator with those templates
   * @throws ConfigurationException ({@code templates}) when the directory does not exist
   */
  public PageGenerator withTemplates(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigurationException(
          "templates", "template directory " + directory + " does not exist");
    }
    return new PageGenerator(Optional.of(directory), today, style, extras);
  }

  /**
   * Pages in {@code style}, whatever the layout of the metadata.
   *
   * @param style the style
   * @return a generator of that style
   */
  public PageGenerator style(PageStyle style) {
    return new PageGenerator(
        templateDirectory, today, Optional.of(Objects.requireNonNull(style, "style")), extras);
  }

  /**
   * {@return the style pages of {@code registry} are rendered in: the chosen one, else the
   * layout's}
   *
   * @param registry the metadata
   */
  public PageStyle styleFor(TagRegistry registry) {
    return style.orElseGet(() -> PageStyle.defaultFor(registry.layout()));
  }

  /**
   * Works out UTC meeting times with the zone rules of {@code day}'s year.
   *
   * @param day the day
   * @return a generator with those zone rules
   */
  public PageGenerator today(LocalDate day) {
    return new PageGenerator(templateDirectory, Objects.requireNonNull(day, "day"), style, extras);
  }

  /**
   * Also makes {@code extras}, which no generator makes unless asked.
   *
   * @param extras the pages or parts of pages to make as well
   * @return a generator that makes them
   */
  public PageGenerator with(Set<Extra> extras) {
    return new PageGenerator(templateDirectory, today, style, extras);
  }

  /**
   * {@return whether this generator makes {@code extra}}
   *
   * @param extra a page or part of pages made only when asked for
   */
  public boolean makes(Extra extra) {
    return extras.contains(extra);
  }

  /**
   * {@return every page of {@code registry}; {@code source} is the metadata file the pages name in
   * their "generated from" banner} Local files the pages may link ({@code charter.md}) are taken to
   * exist; {@link #render(TagRegistry, String, Path)} looks.
   *
   * @param registry the metadata
   * @param source the metadata file, as the pages name it
   */
  public List<GeneratedPage> render(TagRegistry registry, String source) {
    return render(registry, source, page -> true, group -> Optional.empty());
  }

  /**
   * {@return every page of {@code registry}, which was read from {@code source} in {@code
   * directory}: a page links a local file, such as its group's {@code charter.md}, only when it
   * exists there}
   *
   * @param registry the metadata
   * @param source the metadata file, as the pages name it
   * @param directory the directory the metadata file is in
   */
  public List<GeneratedPage> render(TagRegistry registry, String source, Path directory) {
    Path base = directory.toAbsolutePath().normalize();
    return render(
        registry,
        source,
        file -> RepositoryFiles.inside(base, Path.of(file)).isPresent(),
        group ->
            Charter.pathIn(registry, group)
                .flatMap(file -> RepositoryFiles.inside(base, Path.of(file)))
                .flatMap(PageGenerator::charter));
  }

  /** A charter's text, read; none when it cannot be read (require-charter says why). */
  private static Optional<CharterText> charter(Path path) {
    try {
      String text = Files.readString(path, StandardCharsets.UTF_8);
      return Optional.of(new CharterText(text, Charter.parse(text, path.toString())));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** A charter's Markdown and what it reads into. */
  private record CharterText(String markdown, Charter charter) {}

  private List<GeneratedPage> render(
      TagRegistry registry,
      String source,
      Predicate<String> exists,
      Function<Group, Optional<CharterText>> charterTexts) {
    return pages(registry, source, exists, charterTexts).stream()
        .map(
            page ->
                new GeneratedPage(
                    page.path(),
                    MarkdownEscapes.unsafeLinksAsText(page.content()),
                    page.sitePrinted()))
        .toList();
  }

  private List<GeneratedPage> pages(
      TagRegistry registry,
      String source,
      Predicate<String> exists,
      Function<Group, Optional<CharterText>> charterTexts) {
    PageStyle chosen = styleFor(registry);
    Function<Group, Optional<Charter>> charters =
        group -> charterTexts.apply(group).map(CharterText::charter);
    List<GeneratedPage> pages = new ArrayList<>();
    CncfTocContexts cncfToc =
        new CncfTocContexts(PageFiles.GO_BANNER + "/" + source + " -->", today.getYear(), exists);
    TemplateContexts tagkit =
        new TemplateContexts(
            PageFiles.BANNER
                + source
                + ": edit that file instead, then run 'mvn tag:generate'. -->",
            today.getYear(),
            exists,
            charters,
            makes(Extra.TERMS_CHART));
    if (chosen == PageStyle.CONTRIBUTE_SITE) {
      return site(registry, source, tagkit, charterTexts);
    }
    for (Planned planned : plan(registry, chosen)) {
      String directory = planned.path().substring(0, planned.path().lastIndexOf('/') + 1);
      Template template = template(planned.template());
      String content =
          chosen == PageStyle.CNCF_TOC
              ? template.execute(cncfToc.group(planned.group(), directory))
              : tidy(template.execute(tagkit.group(planned.group(), directory)));
      pages.add(new GeneratedPage(planned.path(), content));
    }
    emeritusPath(registry)
        .filter(path -> makes(Extra.EMERITUS_PAGE))
        .ifPresent(
            path ->
                pages.add(
                    new GeneratedPage(
                        path,
                        tidy(
                            template("emeritus")
                                .execute(
                                    TemplateContexts.emeritus(
                                        registry,
                                        PageFiles.BANNER
                                            + source
                                            + ": edit that file instead, then run 'mvn"
                                            + " tag:generate'. -->"))))));
    return List.copyOf(pages);
  }

  /**
   * The contribute-site style's pages: each TAG's page and, when its charter can be read, its
   * charter page; and for a registry the TAGs index.
   */
  private List<GeneratedPage> site(
      TagRegistry registry,
      String source,
      TemplateContexts tagkit,
      Function<Group, Optional<CharterText>> charterTexts) {
    ContributeSiteContexts site =
        new ContributeSiteContexts(
            tagkit,
            PageFiles.BANNER
                + source
                + ": edit that file instead, then run 'mvn tag:generate"
                + " -Dtag.style=contribute-site'. -->",
            group -> repositoryDirectory(registry, group));
    List<GeneratedPage> pages = new ArrayList<>();
    for (Tag tag : registry.tags()) {
      String name = ContributeSiteContexts.siteName(tag);
      Optional<CharterText> charter = charterTexts.apply(tag);
      pages.add(
          new GeneratedPage(
              name + "/index.md",
              frontMatterAndBody(
                  template("contribute-site-tag")
                      .execute(site.tag(registry, tag, charter.isPresent())),
                  Optional.empty()),
              true));
      if (charter.isPresent()) {
        pages.add(
            new GeneratedPage(
                name + "/charter.md",
                frontMatterAndBody(
                    template("contribute-site-charter")
                        .execute(site.charter(tag, charter.get().markdown())),
                    repositoryDirectory(registry, tag)),
                true));
      }
    }
    if (registry.layout() == Layout.REGISTRY) {
      pages.add(
          new GeneratedPage(
              "index.md",
              frontMatterAndBody(
                  template("contribute-site-index").execute(site.index(registry)),
                  Optional.empty()),
              true));
    }
    return List.copyOf(pages);
  }

  /**
   * Where a group's relative links (in its charter, its landscape) point once its page is on the
   * site: its directory in cncf/toc for a registry, in the TAG's repository for a per-TAG file that
   * names one.
   */
  private static Optional<String> repositoryDirectory(TagRegistry registry, Group group) {
    Optional<String> directory = Charter.directoryIn(registry, group);
    if (directory.isEmpty()) {
      return Optional.empty();
    }
    if (registry.layout() == Layout.REGISTRY) {
      return Optional.of("https://github.com/cncf/toc/blob/main/" + directory.get());
    }
    return registry.tags().stream()
        .findFirst()
        .flatMap(tag -> tag.contact().repository())
        .map(repo -> repo.url().replaceFirst("/+$", "") + "/blob/main/" + directory.get());
  }

  /** A page's front matter as the template wrote it, and its body printed for the site. */
  private static String frontMatterAndBody(String page, Optional<String> linkBase) {
    String text = page.replace("\r\n", "\n");
    if (text.startsWith("---\n")) {
      int end = text.indexOf("\n---\n", 3);
      if (end > 0) {
        return frontMatter(text.substring(0, end + 5))
            + "\n"
            + SiteMarkdown.format(text.substring(end + 5), linkBase);
      }
    }
    return SiteMarkdown.format(text, linkBase);
  }

  private static final java.util.regex.Pattern KEY_VALUE =
      java.util.regex.Pattern.compile("^([A-Za-z_][A-Za-z0-9_-]*): (.+)$");

  /**
   * Front matter as Prettier prints YAML with {@code proseWrap: always}: a value too long for its
   * key's line goes on the lines below, indented, filled to 80 columns.
   */
  private static String frontMatter(String yaml) {
    StringBuilder out = new StringBuilder();
    for (String line : yaml.split("\n", -1)) {
      java.util.regex.Matcher pair = KEY_VALUE.matcher(line);
      if (SiteMarkdown.width(line) <= SiteMarkdown.WIDTH || !pair.matches()) {
        out.append(line).append('\n');
        continue;
      }
      out.append(pair.group(1)).append(":\n");
      StringBuilder current = new StringBuilder("  ");
      for (String word : pair.group(2).split(" ")) {
        if (current.length() > 2 && SiteMarkdown.width(current + " " + word) > SiteMarkdown.WIDTH) {
          out.append(current).append('\n');
          current = new StringBuilder("  ");
        }
        current.append(current.length() > 2 ? " " : "").append(word);
      }
      out.append(current).append('\n');
    }
    return out.substring(0, out.length() - 1);
  }

  /**
   * {@return where the pages of {@code registry} go, without rendering them: cheap, for drift
   * checks}
   *
   * @param registry the metadata
   */
  public static List<String> paths(TagRegistry registry) {
    List<String> paths =
        new ArrayList<>(plan(registry, PageStyle.TAGKIT).stream().map(Planned::path).toList());
    emeritusPath(registry).ifPresent(paths::add);
    return List.copyOf(paths);
  }

  /**
   * The emeritus page, {@code tags/emeritus_leaders.md} in a registry ({@code emeritus_leaders.md}
   * in a per-TAG repository), when some group has {@code emeritus_leads}.
   */
  private static Optional<String> emeritusPath(TagRegistry registry) {
    boolean any =
        registry.groups().stream()
            .anyMatch(g -> !g.people(io.github.tagkit.model.Role.EMERITUS_LEAD).isEmpty());
    if (!any) {
      return Optional.empty();
    }
    return Optional.of(
        registry.layout() == Layout.REGISTRY ? "tags/emeritus_leaders.md" : "emeritus_leaders.md");
  }

  /** A page to render: its path, its template, its group. */
  private record Planned(String path, String template, Group group) {}

  private static List<Planned> plan(TagRegistry registry, PageStyle style) {
    boolean go = style == PageStyle.CNCF_TOC;
    List<Planned> pages = new ArrayList<>();
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (Tag tag : registry.tags()) {
      String base = single ? "" : "tags/" + tag.dir() + "/";
      String template = go ? "cncf-toc-tag" : single ? "landing" : "tag";
      pages.add(new Planned(base + "README.md", template, tag));
      for (TagSubproject sub : tag.subprojects()) {
        pages.add(
            new Planned(
                base + "subprojects/" + sub.dir() + "/README.md",
                go ? "cncf-toc-tag-subproject" : "subproject",
                sub));
      }
    }
    for (TocSubproject toc : registry.tocSubprojects()) {
      pages.add(
          new Planned(
              "toc_subprojects/" + toc.dir() + "/README.md",
              go ? "cncf-toc-toc-subproject" : "subproject",
              toc));
    }
    return pages;
  }

  /** At most one blank line in a row, and one newline at the end. */
  private static String tidy(String markdown) {
    return markdown.replaceAll("\n{3,}", "\n\n").strip() + "\n";
  }

  private Template template(String name) {
    return templates.computeIfAbsent(name, n -> compiler.compile(source(n + ".mustache")));
  }

  private String source(String file) {
    if (templateDirectory.isPresent()) {
      Path custom = templateDirectory.get().resolve(file);
      if (Files.isRegularFile(custom)) {
        try {
          return Files.readString(custom);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
    }
    try (InputStream in = PageGenerator.class.getResourceAsStream(BUILT_IN + file)) {
      if (in == null) {
        throw new IllegalArgumentException("no template " + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
