package io.github.tagkit.maven;

import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Fixer;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Fix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the fixes of the findings that have exactly one (a misspelled key with a single close
 * match, a time-zone abbreviation with one IANA id, a date with spaces inside its quotes, a Slack
 * channel's page where its ID belongs), each touching only its key or value, and prints what
 * changed as a unified diff; {@code -Dtag.dryRun=true} prints without writing. The findings left in
 * the files it fixed are listed for information; {@code tag:validate} is what fails on them.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends AbstractCheckMojo {
  /** Prints the change without writing it. */
  @Parameter(property = "tag.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  String goal() {
    return "fix";
  }

  @Override
  String doing() {
    return "the fixes";
  }

  @Override
  void run(List<Path> targets) throws MojoFailureException, IOException {
    TagValidator validator = validator();
    if (targets.isEmpty()) {
      nothingToDo("fix");
    }
    List<Report> lefts = new java.util.ArrayList<>();
    for (Path file : targets) {
      Fixer.Result result = Fixer.fix(validator, file);
      lefts.add(result.left());
      for (Fix fix : result.made()) {
        String at = fix.pointer().isEmpty() ? "" : " " + fix.pointer();
        getLog().info(file.getFileName() + at + ": " + fix.description());
      }
      result.refused().forEach(why -> getLog().warn("Not fixed: " + why));
      if (!result.changed()) {
        getLog().info("Nothing to fix in " + file.getFileName());
      } else {
        getLog().info(unifiedDiff(file, result.before().text(), result.after().text()));
        if (dryRun) {
          getLog().info("Not written (tag.dryRun)");
          continue;
        }
        result.after().write(file);
        getLog().info("Fixed " + result.made().size() + " finding(s) in " + file.getFileName());
      }
      // What is left in this file, for the record: the run succeeded, so nothing is an error here.
      String name = shown(file);
      List<Finding> left =
          result.left().findings().stream().filter(f -> f.location().file().equals(name)).toList();
      left.forEach(f -> getLog().info(f.toString()));
      getLog().info(left.size() + " finding(s) left in " + name);
    }
    // The hand-kept copies in the repository the findings give lines for (the README's liaisons)
    for (Report left : lefts) {
      for (Fixer.TextEdit edit : Fixer.otherFiles(left, repositoryRoot())) {
        edit.made().forEach(fix -> getLog().info(shown(edit.file()) + ": " + fix.description()));
        getLog().info(unifiedDiff(edit.file(), edit.before(), edit.after()));
        if (dryRun) {
          getLog().info("Not written (tag.dryRun)");
        } else {
          io.github.tagkit.model.AtomicFiles.write(edit.file(), edit.after());
          getLog().info("Fixed " + edit.made().size() + " line(s) in " + shown(edit.file()));
        }
      }
    }
  }
}
