package io.github.tagkit.maven;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.LeadershipRotation;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.TagFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Rotates the leadership as of {@code tag.today}: each chair, tech lead and subproject lead whose
 * term has ended moves to {@code emeritus_leads} of the same group (without their e-mail address,
 * with the term they served), or, with {@code -Dtag.renew=<handle>:<YYYY-MM-DD>}, gets a renewed
 * term instead. The metadata changes only where a leader moved or was renewed, and the goal prints
 * the change as a unified diff. Running it twice changes nothing.
 */
@Mojo(name = "rotate", threadSafe = true, requiresProject = false)
public class RotateMojo extends AbstractTagMojo {

  /** Renewed terms, comma-separated: {@code handle:YYYY-MM-DD}, the new term's last day. */
  @Parameter(property = "tag.renew")
  String renew;

  /** Prints the change without writing it. */
  @Parameter(property = "tag.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the rotation (tag.skip)");
      return;
    }
    List<Path> targets;
    LocalDate day;
    Map<String, LocalDate> renewals;
    try {
      targets = targets();
      day = day().orElse(LocalDate.now());
      renewals = renewals();
    } catch (ConfigurationException e) {
      throw invalid("rotate", e);
    }
    if (targets.isEmpty()) {
      nothingToDo("rotate");
    }
    for (Path file : targets) {
      try {
        TagFileEditor editor = TagFileEditor.open(file);
        LeadershipRotation.Result result = LeadershipRotation.rotate(editor, day, renewals);
        result.changes().forEach(change -> getLog().info(change));
        result
            .unusedRenewals()
            .forEach(h -> getLog().warn("-Dtag.renew names @" + h + ", whose term has not ended"));
        if (!result.editor().changed()) {
          getLog().info("Leadership of " + file.getFileName() + " is current as of " + day);
          continue;
        }
        getLog().info(unifiedDiff(file, editor.text(), result.editor().text()));
        if (dryRun) {
          getLog().info("Not written (tag.dryRun)");
        } else {
          result.editor().write(file);
          getLog().info("Updated " + file.getFileName());
        }
      } catch (TagFileException e) {
        throw new MojoFailureException(
            e.getMessage() + "\nRun '" + command("validate") + "' to see every problem.", e);
      } catch (EditRefusedException e) {
        throw new MojoFailureException(
            "Cannot rotate the leaders of " + file + ": " + e.getMessage(), e);
      } catch (IOException e) {
        throw new MojoExecutionException(
            "Cannot rotate the leaders of " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private Map<String, LocalDate> renewals() {
    Map<String, LocalDate> renewals = new LinkedHashMap<>();
    if (renew == null || renew.isBlank()) {
      return renewals;
    }
    for (String entry : TagFiles.split(renew)) {
      int colon = entry.lastIndexOf(':');
      if (colon < 1) {
        throw new ConfigurationException(
            "renew", "'" + entry + "' is not handle:YYYY-MM-DD, the renewed term's last day");
      }
      try {
        renewals.put(
            entry.substring(0, colon).strip().replaceFirst("^@", ""),
            LocalDate.parse(entry.substring(colon + 1).strip()));
      } catch (DateTimeParseException e) {
        throw new ConfigurationException(
            "renew",
            "'" + entry.substring(colon + 1) + "' in '" + entry + "' is not a date (YYYY-MM-DD)");
      }
    }
    return renewals;
  }
}
