package io.github.tagkit.maven;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.pages.MetadataPages;
import io.github.tagkit.pages.UnownedPageException;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.TagFiles;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the pages of the repository's TAG metadata next to it (see {@code MetadataPages}): pages
 * that would not change are left alone, content between the CUSTOM CONTENT markers is kept.
 */
@Mojo(
    name = "generate",
    defaultPhase = LifecyclePhase.GENERATE_RESOURCES,
    threadSafe = true,
    requiresProject = false)
public class GenerateMojo extends AbstractPagesMojo {

  /** Also writes an iCalendar file of the structured meetings, under this name. */
  @Parameter(property = "tag.calendar")
  String calendar;

  /**
   * Where the pages go instead of next to each metadata file: for {@code
   * -Dtag.style=contribute-site}, the site's {@code docs/community/tags}.
   */
  @Parameter(property = "tag.outputDirectory")
  File outputDirectory;

  /** Pages to adopt (paths or globs, comma-separated): their text goes in the custom block. */
  @Parameter(property = "tag.adopt")
  String adopt;

  @Override
  String goal() {
    return "generate";
  }

  @Override
  String doing() {
    return "page generation";
  }

  @Override
  void run(List<Path> targets) throws MojoExecutionException, MojoFailureException {
    MetadataPages pages =
        new MetadataPages(
            pageGenerator(),
            Optional.ofNullable(calendar),
            day().orElse(LocalDate.now()),
            Set.copyOf(adopt == null ? List.of() : TagFiles.split(adopt)));
    if (outputDirectory != null) {
      pages = pages.into(outputDirectory.toPath());
    }
    if (day().isPresent()) {
      pages = pages.showingToday(); // the picture marks the day it was asked to
    }
    if (targets.isEmpty()) {
      nothingToDo("generate pages for");
    }
    List<String> refused = new ArrayList<>();
    for (Path file : targets) {
      try {
        MetadataPages.Result result = pages.write(file);
        logWritten(result.changed());
        result.notes().forEach(note -> getLog().warn(note));
        getLog().info(result.toString());
      } catch (UnownedPageException e) {
        logWritten(e.written());
        refused.addAll(e.paths());
      } catch (ConfigurationException | TagFileException e) {
        throw e;
      } catch (IllegalArgumentException e) {
        throw new MojoFailureException(
            "Cannot generate the pages of " + file + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Cannot write the pages of " + file + ": " + e.getMessage(), e);
      }
    }
    if (!refused.isEmpty()) {
      throw refusedFailure(refused);
    }
  }
}
