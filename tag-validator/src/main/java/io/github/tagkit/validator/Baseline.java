package io.github.tagkit.validator;

import io.github.tagkit.model.AtomicFiles;
import io.github.tagkit.validator.internal.BaselineJson;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The findings a repository already had when it started checking its metadata, so that a build
 * fails only on new ones: {@code tag:baseline} writes them to {@value #FILE_NAME} at the
 * repository's root, and {@code tag:validate} then keeps the findings it lists apart as known.
 * Findings are matched by {@link Finding#fingerprint()}, which survives lines moving and edits
 * elsewhere; a value changed where a baselined finding was makes a new finding. Each entry matches
 * one finding, so a second finding like a known one is new.
 *
 * @see <a href="https://github.com/tagkit/tagkit/blob/main/docs/baseline.md">docs/baseline.md</a>
 */
public final class Baseline {
  /** The baseline's file name, at the repository's root. */
  public static final String FILE_NAME = ".tagkit-baseline.json";

  /**
   * One finding the baseline knows, with what a person reading the file needs to find it.
   *
   * @param fingerprint what identifies the finding ({@link Finding#fingerprint()})
   * @param ruleId the rule that found it
   * @param severity its severity when the baseline was made
   * @param file its file, as findings name it
   * @param line its line when the baseline was made (0 for the file as a whole)
   * @param pointer the JSON pointer of its value, or {@code ""}
   * @param message its message when the baseline was made
   */
  public record Entry(
      String fingerprint,
      String ruleId,
      Severity severity,
      String file,
      int line,
      String pointer,
      String message) {

    /**
     * Checks the components.
     *
     * @param fingerprint what identifies the finding
     * @param ruleId the rule that found it
     * @param severity its severity when the baseline was made
     * @param file its file
     * @param line its line when the baseline was made
     * @param pointer the JSON pointer of its value
     * @param message its message when the baseline was made
     */
    public Entry {
      Objects.requireNonNull(fingerprint, "fingerprint");
      Objects.requireNonNull(ruleId, "ruleId");
      Objects.requireNonNull(severity, "severity");
      Objects.requireNonNull(file, "file");
      Objects.requireNonNull(pointer, "pointer");
      Objects.requireNonNull(message, "message");
    }

    /** {@code file:line: [rule-id] message}. */
    @Override
    public String toString() {
      return file + (line > 0 ? ":" + line : "") + ": [" + ruleId + "] " + message;
    }

    static Entry of(Finding finding) {
      return new Entry(
          finding.fingerprint(),
          finding.ruleId(),
          finding.severity(),
          finding.location().file(),
          finding.location().line(),
          finding.location().pointer(),
          finding.message());
    }
  }

  private static final Comparator<Entry> ORDER =
      Comparator.comparing(Entry::file)
          .thenComparingInt(Entry::line)
          .thenComparing(Entry::ruleId)
          .thenComparing(Entry::fingerprint);

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = entries.stream().sorted(ORDER).toList();
  }

  /**
   * {@return a baseline of {@code entries}}
   *
   * @param entries the findings it knows
   */
  public static Baseline of(List<Entry> entries) {
    return new Baseline(entries);
  }

  /**
   * {@return the baseline of what {@code report} found that could fail a build: its errors and
   * warnings, the new and the known} Infos never fail a build, and exempted findings are already
   * accounted for.
   *
   * @param report a validation's report
   */
  public static Baseline of(Report report) {
    List<Entry> entries = new ArrayList<>();
    for (List<Finding> findings : List.of(report.findings(), report.known())) {
      findings.stream()
          .filter(f -> f.severity().atLeast(Severity.WARNING))
          .map(Entry::of)
          .forEach(entries::add);
    }
    return new Baseline(entries);
  }

  /**
   * {@return the baseline file {@code setting} names} {@code none} names none; nothing names {@link
   * #FILE_NAME} at {@code repositoryRoot}, present or not; anything else is a path from {@code
   * base}, which must be a file when {@code mustExist}.
   *
   * @param setting the configured baseline: a path, {@code none}, or null or blank for the default
   * @param base the directory a configured path is relative to
   * @param repositoryRoot where the default file is
   * @param mustExist whether a configured file must exist (validating against it)
   * @param makeCommand the command that makes the file, for the message when it does not exist
   * @throws ConfigurationException when a configured file must exist and does not
   */
  public static java.util.Optional<Path> file(
      String setting, Path base, Path repositoryRoot, boolean mustExist, String makeCommand) {
    if (setting != null && setting.strip().equalsIgnoreCase("none")) {
      return java.util.Optional.empty();
    }
    if (setting == null || setting.isBlank()) {
      return java.util.Optional.of(repositoryRoot.resolve(FILE_NAME));
    }
    Path named = base.resolve(setting.strip());
    if (mustExist && !java.nio.file.Files.isRegularFile(named)) {
      throw new ConfigurationException(
          "baseline",
          "'"
              + setting.strip()
              + "' is not a file; make it with '"
              + makeCommand
              + "', or give none to check against no baseline");
    }
    return java.util.Optional.of(named);
  }

  /**
   * {@return the lines that say what {@code checked} (a report this baseline {@link #apply applied}
   * to) knows and no longer finds: each known finding, each one gone, and the command that drops
   * those}
   *
   * @param checked the report against the baseline
   * @param dropCommand the command that writes the baseline again
   */
  public static List<String> knownAndGone(Report checked, String dropCommand) {
    List<String> lines = new java.util.ArrayList<>();
    for (Finding known : checked.known()) {
      lines.add(known.location() + ": [" + known.ruleId() + "] known: " + known.message());
    }
    checked.absent().forEach(gone -> lines.add("No longer found: " + gone));
    if (!checked.absent().isEmpty()) {
      lines.add(
          checked.absent().size()
              + " finding(s) of the baseline are gone; run '"
              + dropCommand
              + "' to drop them from it");
    }
    return lines;
  }

  /**
   * {@return what writing this baseline did, in a line: the file, its findings by severity, the
   * files checked and, over an {@code earlier} baseline, how many of its findings are gone}
   *
   * @param name the file as messages name it
   * @param report the report this baseline was made of
   * @param earlier the baseline the file held before, if any
   */
  public String written(String name, Report report, java.util.Optional<Baseline> earlier) {
    long errors = entries.stream().filter(e -> e.severity() == Severity.ERROR).count();
    return "Wrote "
        + name
        + ": "
        + entries.size()
        + " known finding(s) ("
        + errors
        + " error(s), "
        + (entries.size() - errors)
        + " warning(s)) in "
        + report.filesChecked()
        + " file(s)"
        + earlier
            .map(b -> ", " + b.apply(report).absent().size() + " gone since the last")
            .orElse("");
  }

  /**
   * Reads a baseline file.
   *
   * @param file the file, {@value #FILE_NAME} as {@link #write} writes it
   * @param name the file as messages name it
   * @return the baseline
   * @throws IOException when the file cannot be read
   * @throws ConfigurationException ({@code baseline}) when it is not a baseline: what is wrong, at
   *     its line and column
   */
  public static Baseline read(Path file, String name) throws IOException {
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (NoSuchFileException e) {
      throw new ConfigurationException("baseline", name + " does not exist");
    }
    return new Baseline(BaselineJson.read(text, name));
  }

  /** {@return every finding the baseline knows, by file and line} */
  public List<Entry> entries() {
    return entries;
  }

  /** {@return the baseline as its file holds it: JSON, one entry to a finding, by file and line} */
  public String json() {
    return BaselineJson.write(entries);
  }

  /**
   * Writes the baseline, whole or not at all.
   *
   * @param file where
   * @throws IOException when it cannot be written
   */
  public void write(Path file) throws IOException {
    Path parent = file.toAbsolutePath().getParent();
    if (parent != null) {
      Files.createDirectories(parent);
    }
    AtomicFiles.write(file, json());
  }

  /**
   * {@return {@code report} with the findings this baseline knows moved to {@link Report#known()}
   * and what it lists that was not found in {@link Report#absent()}}
   *
   * @param report a validation's report, against no baseline
   */
  public Report apply(Report report) {
    Map<String, Deque<Entry>> unmatched = new HashMap<>();
    for (Entry entry : entries) {
      unmatched.computeIfAbsent(entry.fingerprint(), k -> new ArrayDeque<>()).add(entry);
    }
    List<Finding> fresh = new ArrayList<>();
    List<Finding> known = new ArrayList<>(report.known());
    for (Finding finding : report.findings()) {
      Deque<Entry> same = unmatched.get(finding.fingerprint());
      if (same != null && !same.isEmpty()) {
        same.poll();
        known.add(finding);
      } else {
        fresh.add(finding);
      }
    }
    List<Entry> absent = unmatched.values().stream().flatMap(Deque::stream).sorted(ORDER).toList();
    return new Report(
        fresh,
        report.filesChecked(),
        report.rules(),
        report.exempted(),
        known,
        absent,
        report.models());
  }
}
