package io.github.tagkit.maven;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TermsReport;
import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagFiles;
import io.github.tagkit.validator.TagValidator;
import java.io.File;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that check the metadata ({@code validate}, {@code fix}). */
abstract class AbstractCheckMojo extends AbstractPagesMojo {

  /** The build: findings name files relative to its top directory, outside a git repository. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /**
   * The file of rule levels and findings exempted with a reason; {@code .tagkit.yaml} when present.
   */
  @Parameter(property = "tag.exemptions")
  File exemptions;

  /** How many days before a term ends to warn; 30 by default. */
  @Parameter(property = "tag.expiryWarningDays", defaultValue = "30")
  int expiryWarningDays;

  /** The CNCF website's TAG pages (its docs/community/tags), to report where they disagree. */
  @Parameter(property = "tag.site")
  File site;

  /**
   * cncf/people's config.yaml, to report where its tag-leads team disagrees with the leaders of the
   * metadata.
   */
  @Parameter(property = "tag.people")
  File people;

  /**
   * Rule levels over their defaults, by rule id: {@code off}, {@code info}, {@code warning} or
   * {@code error} ({@code <rules><term-missing>off</term-missing></rules>}); over those of {@code
   * .tagkit.yaml}. Rules of your own come from jars named in the plugin's {@code <dependencies>}.
   */
  @Parameter Map<String, String> rules;

  /**
   * The baseline file {@code baseline} names: the one given, which must exist when {@code
   * mustExist}; else {@code .tagkit-baseline.json} at the repository's root, present or not; none
   * for {@code none}.
   */
  Optional<Path> baselineFile(String baseline, boolean mustExist) {
    return Baseline.file(
        baseline,
        baseDirectory.toPath(),
        repositoryRoot(),
        mustExist,
        command("baseline") + " -Dtag.baseline=" + (baseline == null ? "" : baseline.strip()));
  }

  /**
   * {@code report} against the baseline in {@code baselineFile}, when there is one, logged: its new
   * findings at their levels, the known ones and those gone from the baseline as information.
   */
  Report logged(Report report, Optional<Path> baselineFile) throws IOException {
    Report checked =
        baselineFile.isPresent()
            ? Baseline.read(baselineFile.get(), shown(baselineFile.get())).apply(report)
            : report;
    checked.findings().forEach(this::log);
    Baseline.knownAndGone(checked, command("baseline")).forEach(getLog()::info);
    return checked;
  }

  /**
   * Writes who leaves office within {@code expiryWarningDays}, as Markdown and JSON, from the
   * models the validation read: no file is read again.
   */
  void writeTermsReport(List<Path> targets, Report report, Path directory) throws IOException {
    List<TagRegistry> registries = new ArrayList<>();
    for (Path target : targets) {
      String name = shown(target);
      TagRegistry registry = report.models().get(name);
      if (registry == null) {
        getLog().warn(LogText.safe("Terms report leaves out " + name + ": see its findings"));
      } else {
        registries.add(registry);
      }
    }
    TermsReport ending =
        TermsReport.of(registries, day().orElse(LocalDate.now()), expiryWarningDays);
    ending.write(directory).forEach(f -> getLog().info("Wrote " + f));
  }

  /** {@code file} as findings name files: relative to the repository's root when inside it. */
  String shown(Path file) {
    Path root = repositoryRoot().toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /** Where findings name their files from: the git repository's root, else Maven's top. */
  Path repositoryRoot() {
    Path base = baseDirectory.toPath();
    return TagFiles.repositoryRoot(base).orElse(TopDirectory.of(session).orElse(base));
  }

  /** {@return the validator this configuration asks for} */
  TagValidator validator() {
    return TagValidators.of(this, baseDirectory.toPath()).build();
  }
}
