package io.github.tagkit.maven;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.TagFileEditor;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Fix;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Makes the fixes of the findings that have exactly one (a misspelled key with a single close
 * match, a time-zone abbreviation with one IANA id, a date with spaces inside its quotes, a Slack
 * channel's page where its ID belongs), each touching only its key or value, and prints what
 * changed as a unified diff; {@code -Dtag.dryRun=true} prints without writing. The findings left
 * are listed as {@code tag:validate} lists them. Takes {@code tag:validate}'s parameters.
 */
@Mojo(name = "fix", threadSafe = true, requiresProject = false)
public class FixMojo extends ValidateMojo {
  /** Rounds of fixing: a renamed key can let a rule see, and fix, the value under it. */
  private static final int ROUNDS = 5;

  /** Prints the change without writing it. */
  @Parameter(property = "tag.dryRun", defaultValue = "false")
  boolean dryRun;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the fixes (tag.skip)");
      return;
    }
    Path base = baseDirectory.toPath();
    List<Path> targets;
    TagValidator validator;
    try {
      targets = targets();
      validator = TagValidators.of(this, base).build();
    } catch (ConfigurationException e) {
      throw invalid("fix", e);
    }
    if (targets.isEmpty()) {
      nothingToDo("fix");
    }
    for (Path file : targets) {
      try {
        fix(validator, file);
      } catch (IOException e) {
        throw new MojoExecutionException("Cannot fix " + file + ": " + e.getMessage(), e);
      }
    }
  }

  private void fix(TagValidator validator, Path file) throws IOException {
    TagFileEditor original = TagFileEditor.open(file);
    TagFileEditor editor = original;
    int made = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<Fix> fixes = fixes(validator.validate(List.of(file)).findings(), editor, file);
      if (fixes.isEmpty()) {
        break;
      }
      int before = made;
      for (Fix fix : fixes) {
        try {
          editor =
              switch (fix.kind()) {
                case RENAME_KEY -> editor.rename(fix.pointer(), fix.value());
                case SET_VALUE -> editor.set(fix.pointer(), fix.value());
                case TRIM_TRAILING_WHITESPACE ->
                    editor.trimTrailingWhitespace(Integer.parseInt(fix.value()));
              };
          getLog()
              .info(
                  file.getFileName()
                      + (fix.pointer().isEmpty() ? "" : " " + fix.pointer())
                      + ": "
                      + fix.description());
          made++;
        } catch (EditRefusedException e) {
          getLog().warn("Not fixed: " + e.getMessage());
        }
      }
      if (made == before || dryRun) {
        break;
      }
      editor.write(file);
    }
    if (!editor.changed()) {
      getLog().info("Nothing to fix in " + file.getFileName());
    } else {
      getLog().info(unifiedDiff(file, original.text(), editor.text()));
      if (dryRun) {
        getLog().info("Not written (tag.dryRun)");
        return;
      }
      editor.write(file);
      getLog().info("Fixed " + made + " finding(s) in " + file.getFileName());
    }
    List<Finding> left = validator.validate(List.of(file)).findings();
    left.forEach(this::log);
    getLog().info(left.size() + " finding(s) left in " + file.getFileName());
  }

  /**
   * The fixes of the findings in {@code file}: line ends first (they move nothing), then values,
   * then keys, deepest first, so that no fix moves the key another names.
   */
  private static List<Fix> fixes(List<Finding> findings, TagFileEditor editor, Path file) {
    List<Fix> fixes = new ArrayList<>();
    for (Finding finding : findings) {
      finding.fix().ifPresent(fixes::add);
    }
    fixes.sort(
        Comparator.comparing((Fix f) -> f.kind() != Fix.Kind.TRIM_TRAILING_WHITESPACE)
            .thenComparing(f -> f.kind() == Fix.Kind.RENAME_KEY)
            .thenComparing(f -> -f.pointer().split("/").length));
    return fixes;
  }
}
