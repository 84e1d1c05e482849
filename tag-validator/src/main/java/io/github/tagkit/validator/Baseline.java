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
