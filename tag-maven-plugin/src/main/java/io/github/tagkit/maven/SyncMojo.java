package io.github.tagkit.maven;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.pages.SiteSync;
import io.github.tagkit.validator.ConfigurationException;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Brings what the CNCF website's hand-kept TAG pages have newer into the metadata: chairs and tech
 * leads (who, organization, term), TOC liaisons and the Slack channel's name, each with the
 * evidence that decided it (a term that starts later, else which file changed last); a leader the
 * newer page no longer lists becomes emeritus. A dry run by default, printing the unified diff and
 * what could not be decided; {@code -Dtag.apply=true} writes it. A second sync changes nothing.
 */
@Mojo(name = "sync", threadSafe = true, requiresProject = false)
public class SyncMojo extends AbstractTagMojo {

  /** The CNCF website's TAG pages (its docs/community/tags), to bring newer facts from. */
  @Parameter(property = "tag.site")
  File site;

  /** Writes the changes; without it the goal only prints them. */
  @Parameter(property = "tag.apply", defaultValue = "false")
  boolean apply;

  @Override
  String goal() {
    return "sync";
  }

  @Override
  String doing() {
    return "the sync";
  }

  @Override
  void run(List<Path> targets) throws MojoFailureException, IOException {
    if (site == null) {
      throw new ConfigurationException(
          "site", "name the website's TAG pages: -Dtag.site=<contribute-site>/docs/community/tags");
    }
    if (!Files.isDirectory(site.toPath())) {
      throw new ConfigurationException("site", site + " is not a directory");
    }
    if (targets.isEmpty()) {
      nothingToDo("sync");
    }
    SiteSync sync = new SiteSync(site.toPath());
    for (Path file : targets) {
      SiteSync.Result result;
      try {
        result = sync.sync(file);
      } catch (EditRefusedException e) {
        throw new MojoFailureException(
            LogText.safe("Cannot sync " + file.getFileName() + ": " + e.getMessage()), e);
      }
      result.changes().forEach(change -> getLog().info(LogText.safe(change)));
      result.undecided().forEach(what -> getLog().warn(LogText.safe("Not decided: " + what)));
      if (!result.editor().changed()) {
        getLog().info(file.getFileName() + " has everything the website's pages have newer");
        continue;
      }
      getLog().info(unifiedDiff(file, result.before(), result.editor().text()));
      if (apply) {
        result.editor().write(file);
        getLog().info("Updated " + file.getFileName());
      } else {
        getLog().info("Not written: add -Dtag.apply=true to write it");
      }
    }
  }
}
