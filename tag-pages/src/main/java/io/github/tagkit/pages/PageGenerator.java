package io.github.tagkit.pages;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.Template;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.Layout;
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
import java.util.concurrent.ConcurrentHashMap;

/**
 * Renders the pages of a metadata file through Mustache templates: for a registry, {@code
 * tags/<dir>/README.md} for each TAG, {@code tags/<tag>/subprojects/<dir>/README.md} for its
 * subprojects and {@code toc_subprojects/<dir>/README.md}; for a per-TAG repository, its landing
 * page {@code README.md} (and its subprojects' pages). Built-in templates can be replaced one by
 * one from a directory ({@code tag.mustache}, {@code subproject.mustache}, {@code
 * landing.mustache}, and the partials {@code contact.mustache} and {@code custom.mustache}).
 * Immutable and thread-safe.
 */
public final class PageGenerator {
  private static final String BUILT_IN = "/io/github/tagkit/pages/templates/";

  private final Optional<Path> templateDirectory;
  private final LocalDate today;
  private final Mustache.Compiler compiler;
  private final Map<String, Template> templates = new ConcurrentHashMap<>();

  private PageGenerator(Optional<Path> templateDirectory, LocalDate today) {
    this.templateDirectory = templateDirectory;
    this.today = today;
    this.compiler =
        Mustache.compiler()
            .escapeHTML(false)
            .defaultValue("")
            .emptyStringIsFalse(true)
            .zeroIsFalse(true)
            .withLoader(name -> new StringReader(source(name + ".mustache")));
  }

  /** The built-in templates; UTC times are worked out for the current year. */
  public static PageGenerator builtIn() {
    return new PageGenerator(Optional.empty(), LocalDate.now());
  }

  /**
   * Templates from {@code directory} where it has them, the built-in ones elsewhere.
   *
   * @throws ConfigurationException ({@code templates}) when the directory does not exist
   */
  public PageGenerator withTemplates(Path directory) {
    if (!Files.isDirectory(directory)) {
      throw new ConfigurationException(
          "templates", "template directory " + directory + " does not exist");
    }
    return new PageGenerator(Optional.of(directory), today);
  }

  /** Works out UTC meeting times with the zone rules of {@code day}'s year. */
  public PageGenerator today(LocalDate day) {
    return new PageGenerator(templateDirectory, Objects.requireNonNull(day, "day"));
  }

  /**
   * Every page of {@code registry}; {@code source} is the metadata file the pages name in their
   * "generated from" banner.
   */
  public List<GeneratedPage> render(TagRegistry registry, String source) {
    TemplateContexts contexts =
        new TemplateContexts(
            PageFiles.BANNER
                + source
                + ": edit that file instead, then run 'mvn tag:generate'. -->",
            today.getYear());
    List<GeneratedPage> pages = new ArrayList<>();
    for (Planned planned : plan(registry)) {
      String content = template(planned.template()).execute(contexts.group(planned.group()));
      pages.add(new GeneratedPage(planned.path(), tidy(content)));
    }
    return List.copyOf(pages);
  }

  /** Where the pages of {@code registry} go, without rendering them: cheap, for drift checks. */
  public static List<String> paths(TagRegistry registry) {
    return plan(registry).stream().map(Planned::path).toList();
  }

  /** A page to render: its path, its template, its group. */
  private record Planned(String path, String template, Group group) {}

  private static List<Planned> plan(TagRegistry registry) {
    List<Planned> pages = new ArrayList<>();
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (Tag tag : registry.tags()) {
      String base = single ? "" : "tags/" + tag.dir() + "/";
      pages.add(new Planned(base + "README.md", single ? "landing" : "tag", tag));
      for (TagSubproject sub : tag.subprojects()) {
        pages.add(new Planned(base + "subprojects/" + sub.dir() + "/README.md", "subproject", sub));
      }
    }
    for (TocSubproject toc : registry.tocSubprojects()) {
      pages.add(new Planned("toc_subprojects/" + toc.dir() + "/README.md", "subproject", toc));
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
