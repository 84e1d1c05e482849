package io.github.tagkit.maven;

import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.Report;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Records the findings the metadata has today in the baseline, so that {@code tag:validate} fails
 * only on new ones: the errors and warnings, each by a fingerprint that survives lines moving.
 * Commit the file; run the goal again when findings are fixed, to drop them from it.
 */
@Mojo(name = "baseline", threadSafe = true, requiresProject = false)
public class BaselineMojo extends AbstractCheckMojo {

  /**
   * The baseline file to write: {@code .tagkit-baseline.json} at the repository's root by default.
   */
  @Parameter(property = "tag.baseline")
  String baseline;

  @Override
  String goal() {
    return "baseline";
  }

  @Override
  String doing() {
    return "TAG metadata baseline";
  }

  @Override
  void run(List<Path> targets) throws MojoFailureException, IOException {
    if (targets.isEmpty()) {
      nothingToDo("baseline");
      return;
    }
    Path file =
        baselineFile(baseline, false)
            .orElseThrow(
                () -> new ConfigurationException("baseline", "'none' names no file to write"));
    Optional<Baseline> before = Optional.empty();
    if (Files.exists(file)) {
      before = Optional.of(Baseline.read(file, shown(file))); // refuses a file it did not write
    }
    Report report = validator().validate(targets);
    Baseline after = Baseline.of(report);
    after.write(file);
    getLog().info(after.written(shown(file), report, before));
    getLog().info("Commit it: '" + command("validate") + "' now fails only on new findings");
  }
}
