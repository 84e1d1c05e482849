package io.github.tagkit.validator;

import io.github.tagkit.validator.internal.Engine;
import io.github.tagkit.validator.internal.Exemptions;
import io.github.tagkit.validator.internal.Limits;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Checks TAG metadata files against the JSON Schema and the CNCF governance rules, and returns
 * every finding located at file:line:column. Validation returns; it does not throw for bad content.
 * Immutable and thread-safe: build one and use it from any number of threads.
 *
 * <pre>{@code
 * Report report = TagValidator.builder()
 *     .today(LocalDate.of(2026, 7, 1))
 *     .build()
 *     .validate(Path.of("tags.yaml"));
 * report.findings().forEach(System.out::println);
 * }</pre>
 */
public final class TagValidator {
  private final Engine engine;

  private TagValidator(Engine engine) {
    this.engine = engine;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Every check, with its id, default severity and description, in a stable order. */
  public static List<RuleInfo> rules() {
    return Engine.rules();
  }

  /**
   * Validates files; missing or unreadable files are findings too. Files are checked in parallel.
   */
  public Report validate(Path... files) {
    return validate(Arrays.asList(files));
  }

  /** Validates files; the report's order does not depend on how they were scheduled. */
  public Report validate(List<Path> files) {
    return engine.validate(files);
  }

  /**
   * Validates text that has no file on disk (so rules about files next to it, such as the charter,
   * are skipped); {@code name} stands for the file in findings.
   */
  public Report validate(String content, String name) {
    return engine.validate(content, name);
  }

  /** Configures a {@link TagValidator}. */
  public static final class Builder {
    private LocalDate today;
    private int expiryWarningDays = 30;
    private long maxFileSize = Limits.DEFAULT.maxFileSize();
    private int maxNestingDepth = Limits.DEFAULT.maxNestingDepth();
    private int maxStringLength = Limits.DEFAULT.maxStringLength();
    private int maxFindingsPerFile = Limits.DEFAULT.maxFindingsPerFile();
    private Duration maxTimePerFile = Limits.DEFAULT.maxTimePerFile();
    private final Map<String, Optional<Severity>> severities = new HashMap<>();
    private Exemptions exemptions = Exemptions.NONE;
    private Path baseDirectory;
    private Path pageTemplates;

    private Builder() {}

    /** The day term rules count from; the system clock's date by default. Set it in CI. */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /** How many days before a term ends {@code term-ending-soon} warns; 30 by default. */
    public Builder expiryWarningDays(int days) {
      if (days < 0) {
        throw new IllegalArgumentException("expiryWarningDays must be 0 or more, not " + days);
      }
      this.expiryWarningDays = days;
      return this;
    }

    /** Files larger than this many bytes are reported, not read; 4 MiB by default. */
    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxFileSize must be positive, not " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /** How deep values may nest; 64 levels by default (metadata needs fewer than 10). */
    public Builder maxNestingDepth(int levels) {
      this.maxNestingDepth = positive(levels, "maxNestingDepth");
      return this;
    }

    /** How long one value may be, in characters; 100,000 by default. */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive(characters, "maxStringLength");
      return this;
    }

    /** How many findings one file lists before one that counts the rest; 1,000 by default. */
    public Builder maxFindingsPerFile(int findings) {
      this.maxFindingsPerFile = positive(findings, "maxFindingsPerFile");
      return this;
    }

    /** How long the rules may run on one file before the rest are skipped; 10 s by default. */
    public Builder maxTimePerFile(Duration time) {
      if (time.isNegative() || time.isZero()) {
        throw new IllegalArgumentException("maxTimePerFile must be positive, not " + time);
      }
      this.maxTimePerFile = time;
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new IllegalArgumentException(name + " must be positive, not " + value);
      }
      return value;
    }

    /** Reports rule {@code ruleId} at {@code severity} instead of its default. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(known(ruleId), Optional.of(severity));
      return this;
    }

    /** Turns rule {@code ruleId} off. */
    public Builder disable(String ruleId) {
      severities.put(known(ruleId), Optional.empty());
      return this;
    }

    /**
     * The exemptions file (such as {@code .tagkit.yaml}): findings it exempts, with a reason, are
     * left out of the report.
     */
    public Builder exemptions(Path file) {
      this.exemptions = Exemptions.file(Objects.requireNonNull(file, "file"));
      return this;
    }

    /** Files are named relative to this directory in findings (as given by default). */
    public Builder baseDirectory(Path directory) {
      this.baseDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * The templates pages are generated with, when not the built-in ones ({@code
     * page-out-of-date}).
     */
    public Builder pageTemplates(Path directory) {
      if (!java.nio.file.Files.isDirectory(directory)) {
        throw new IllegalArgumentException("template directory " + directory + " does not exist");
      }
      this.pageTemplates = directory;
      return this;
    }

    private static String known(String ruleId) {
      List<String> ids = new ArrayList<>();
      rules().forEach(r -> ids.add(r.id()));
      if (!ids.contains(ruleId)) {
        throw new IllegalArgumentException(
            "unknown rule '" + ruleId + "'; the rules are: " + String.join(", ", ids));
      }
      return ruleId;
    }

    public TagValidator build() {
      LocalDate day = today != null ? today : LocalDate.now(Clock.systemDefaultZone());
      return new TagValidator(
          new Engine(
              day,
              expiryWarningDays,
              new Limits(
                  maxFileSize,
                  maxNestingDepth,
                  maxStringLength,
                  maxFindingsPerFile,
                  maxTimePerFile),
              Map.copyOf(severities),
              exemptions,
              Optional.ofNullable(baseDirectory),
              Optional.ofNullable(pageTemplates)));
    }
  }
}
