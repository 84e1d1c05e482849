package io.github.tagkit.cli;

import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TermsReport;
import io.github.tagkit.validator.Baseline;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.TagFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** What the checking commands share: the repository, its baseline, and how findings are said. */
final class Checked {
  private final Path base;
  private final Console console;

  Checked(Path base, Console console) {
    this.base = base;
    this.console = console;
  }

  /** Where findings name files from: the git repository's root, else the working directory. */
  Path repositoryRoot() {
    return TagFiles.repositoryRoot(base).orElse(base);
  }

  /** {@code file} as findings name files. */
  String shown(Path file) {
    Path root = repositoryRoot().toAbsolutePath().normalize();
    Path absolute = file.toAbsolutePath().normalize();
    return (absolute.startsWith(root) ? root.relativize(absolute) : absolute)
        .toString()
        .replace('\\', '/');
  }

  /**
   * The baseline file {@code baseline} names: the one given, which must exist when {@code
   * mustExist}; else {@code .tagkit-baseline.json} at the repository's root; none for {@code none}.
   */
  Optional<Path> baselineFile(String baseline, boolean mustExist) {
    return Baseline.file(
        baseline,
        base,
        repositoryRoot(),
        mustExist,
        "tagkit baseline --baseline " + (baseline == null ? "" : baseline.strip()));
  }

  /** {@code report} against the baseline, when there is one, said: new, known, gone. */
  Report said(Report report, Optional<Path> baselineFile) throws IOException {
    Report checked =
        baselineFile.isPresent()
            ? Baseline.read(baselineFile.get(), shown(baselineFile.get())).apply(report)
            : report;
    checked.findings().forEach(console::finding);
    Baseline.knownAndGone(checked, "tagkit baseline").forEach(console::info);
    return checked;
  }

  /** Writes who leaves office within {@code days} from the models the validation read. */
  void termsReport(List<Path> targets, Report report, LocalDate today, int days, Path directory)
      throws IOException {
    List<TagRegistry> registries = new ArrayList<>();
    for (Path target : targets) {
      TagRegistry registry = report.models().get(shown(target));
      if (registry == null) {
        console.warn("Terms report leaves out " + shown(target) + ": see its findings");
      } else {
        registries.add(registry);
      }
    }
    TermsReport.of(registries, today, days)
        .write(directory)
        .forEach(f -> console.info("Wrote " + base.relativize(f.toAbsolutePath())));
  }

  /** Fails, saying where no metadata was found. */
  static ConfigurationException nothingToDo(Path base, String what) {
    return new ConfigurationException(
        "files",
        "no TAG metadata to "
            + what
            + ": looked for "
            + String.join(" or ", TagFiles.DEFAULTS)
            + " in "
            + base.toAbsolutePath().normalize()
            + "; run tagkit in the repository's root, or name the files");
  }
}
