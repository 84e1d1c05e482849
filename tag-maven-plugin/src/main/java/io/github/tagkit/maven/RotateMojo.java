package io.github.tagkit.maven;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.LeadershipRotation;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.validator.ConfigurationException;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

  /**
   * Renewed terms, comma-separated: {@code handle:YYYY-MM-DD} (the new term's last day; it starts
   * the day after the old one ended) or {@code handle:YYYY-MM-DD:YYYY-MM-DD} (its first and last
   * day).
   */
  @Parameter(property = "tag.renew")
  String renew;

  /** Prints the change without writing it. */
  @Parameter(property = "tag.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String goal() {
    return "rotate";
  }

  @Override
  String doing() {
    return "the rotation";
  }

  @Override
  void run(List<Path> targets) throws MojoFailureException, IOException {
    LocalDate day = day().orElse(LocalDate.now());
    Map<String, LeadershipRotation.Renewal> renewals;
    try {
      renewals = LeadershipRotation.renewals(renew);
    } catch (IllegalArgumentException e) {
      throw new ConfigurationException("renew", e.getMessage());
    }
    if (targets.isEmpty()) {
      nothingToDo("rotate");
    }
    for (Path file : targets) {
      TagFileEditor editor = TagFileEditor.open(file);
      LeadershipRotation.Result result;
      try {
        result = LeadershipRotation.rotate(editor, day, renewals);
      } catch (EditRefusedException e) {
        throw new MojoFailureException(
            "Cannot rotate the leaders of " + file + ": " + e.getMessage(), e);
      }
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
    }
  }
}
