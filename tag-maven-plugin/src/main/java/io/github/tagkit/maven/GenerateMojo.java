package io.github.tagkit.maven;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.pages.GeneratedPage;
import io.github.tagkit.pages.ICalendar;
import io.github.tagkit.pages.PageFiles;
import io.github.tagkit.pages.PageGenerator;
import io.github.tagkit.validator.TagFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the pages of the repository's TAG metadata: {@code tags/<dir>/README.md} and the
 * subprojects' pages for a registry, {@code README.md} for a per-TAG repository. Pages that would
 * not change are left alone; content between the CUSTOM CONTENT markers is kept.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    threadSafe = true,
    requiresProject = false)
public class GenerateMojo extends AbstractTagMojo {

  /** A directory of Mustache templates that replace the built-in ones of the same name. */
  @Parameter(property = "tag.templates")
  File templates;

  /**
   * Also writes an iCalendar file of the structured meetings, under this name next to the metadata.
   */
  @Parameter(property = "tag.calendar")
  String calendar;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping page generation (tag.skip)");
      return;
    }
    List<Path> targets;
    PageGenerator generator;
    LocalDate day;
    try {
      targets = targets();
      day = day().orElse(LocalDate.now());
      generator = PageGenerator.builtIn().today(day);
      generator = templates == null ? generator : generator.withTemplates(templates.toPath());
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("Invalid tag:generate configuration: " + e.getMessage(), e);
    }
    for (Path file : targets) {
      TagRegistry registry;
      try {
        registry = TagRegistry.read(file);
      } catch (TagFileException e) {
        throw new MojoFailureException(
            e.getMessage() + "\nRun 'mvn tag:validate' to see every problem.", e);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot read " + file + ": " + e.getMessage(), e);
      }
      List<GeneratedPage> pages = new ArrayList<>();
      try {
        pages.addAll(generator.render(registry, file.getFileName().toString()));
        if (calendar != null && !calendar.isBlank()) {
          if (TagFiles.DEFAULTS.contains(calendar.strip())
              || targets.contains(file.resolveSibling(calendar.strip()))) {
            throw new MojoExecutionException(
                "tag.calendar '"
                    + calendar
                    + "' names a metadata file; choose another name such as meetings.ics");
          }
          pages.add(new GeneratedPage(calendar.strip(), ICalendar.of(registry, day)));
        }
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException(
            "Cannot generate the pages of " + file + ": " + e.getMessage(), e);
      }
      try {
        Path root = file.toAbsolutePath().getParent();
        int changed = 0;
        for (PageFiles.Written written : PageFiles.write(root, pages)) {
          if (written.outcome() != PageFiles.Outcome.UNCHANGED) {
            changed++;
            getLog()
                .info(
                    written.outcome().name().charAt(0)
                        + written.outcome().name().substring(1).toLowerCase()
                        + " "
                        + written.path());
          }
        }
        getLog()
            .info(
                "Pages of "
                    + file.getFileName()
                    + ": "
                    + pages.size()
                    + " generated, "
                    + changed
                    + " changed");
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Cannot write the pages of " + file + ": " + e.getMessage(), e);
      }
    }
  }
}
