package io.github.tagkit.validator;

import io.github.tagkit.model.Suggestions;
import io.github.tagkit.validator.internal.Exemptions;
import io.github.tagkit.validator.internal.Levels;
import io.github.tagkit.validator.internal.Limits;
import io.github.tagkit.validator.internal.MetadataChecker;
import io.github.tagkit.validator.internal.RuleSet;
import io.github.tagkit.validator.rules.BuiltInRules;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
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
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

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
  private final MetadataChecker checker;
  private final RuleSet rules;

  private TagValidator(MetadataChecker checker, RuleSet rules) {
    this.checker = checker;
    this.rules = rules;
  }

  /** {@return a builder of a validator with every built-in rule} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * {@return every check this validator makes, with its id, default severity and description, in
   * the order reports list them: reading and the schema, the rules (built-in, then added), the
   * exemptions}
   */
  public List<RuleInfo> rules() {
    return rules.all();
  }

  /**
   * Validates files; missing or unreadable files are findings too. Files are checked in parallel.
   *
   * @param files the files
   * @return the findings of every file
   */
  public Report validate(Path... files) {
    return validate(Arrays.asList(files));
  }

  /**
   * Validates files; the report's order does not depend on how they were scheduled.
   *
   * @param files the files
   * @return the findings of every file
   */
  public Report validate(List<Path> files) {
    return checker.validate(files);
  }

  /**
   * Validates text that has no file on disk (so rules about files next to it, such as the charter,
   * are skipped); {@code name} stands for the file in findings.
   *
   * @param content the text
   * @param name the name of the text in findings
   * @return the findings
   */
  public Report validate(String content, String name) {
    return checker.validate(content, name);
  }

  /**
   * Validates {@code content} as the text of {@code file}, which need not hold it yet: an editor's
   * text before it is saved. Findings name the file as {@link #validate(List)} names it, and rules
   * about files next to it (the charter) look beside it.
   *
   * @param file the file the text is to be
   * @param content the text
   * @return the findings
   */
  public Report validate(Path file, String content) {
    return checker.validate(file, content);
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

    /** The setting that set each rule's level, for the message when the rule is unknown. */
    private final Map<String, String> settings = new HashMap<>();

    private Exemptions exemptions = Exemptions.NONE;
    private Path baseDirectory;
    private final List<Rule> added = new ArrayList<>();
    private boolean keepModels;

    private Builder() {}

    /**
     * Keeps the model each file was read into in {@link Report#models()}, for what else a caller
     * reports of the files (the terms report) without reading them again. Off by default: a run
     * over many files would hold every model until its report is done.
     *
     * @param keep whether to keep them
     * @return this builder
     */
    public Builder keepModels(boolean keep) {
      this.keepModels = keep;
      return this;
    }

    /**
     * {@return the day term rules count from; the system clock's date by default} Set it in CI.
     *
     * @param today the day
     */
    public Builder today(LocalDate today) {
      this.today = Objects.requireNonNull(today, "today");
      return this;
    }

    /**
     * {@return how many days before a term ends {@code term-ending-soon} warns; 30 by default}
     *
     * @param days the number of days
     */
    public Builder expiryWarningDays(int days) {
      if (days < 0) {
        throw new ConfigurationException(
            "expiryWarningDays", "expiryWarningDays must be 0 or more, not " + days);
      }
      this.expiryWarningDays = days;
      return this;
    }

    /**
     * Files larger than this many bytes are reported, not read; 4 MiB by default.
     *
     * @param bytes the largest size read
     * @return this builder
     */
    public Builder maxFileSize(long bytes) {
      if (bytes < 1) {
        throw new ConfigurationException(
            "maxFileSize", "maxFileSize must be positive, not " + bytes);
      }
      this.maxFileSize = bytes;
      return this;
    }

    /**
     * {@return how deep values may nest; 64 levels by default (metadata needs fewer than 10)}
     *
     * @param levels the deepest nesting read
     */
    public Builder maxNestingDepth(int levels) {
      this.maxNestingDepth = positive(levels, "maxNestingDepth");
      return this;
    }

    /**
     * {@return how long one value may be, in characters; 100,000 by default}
     *
     * @param characters the longest value read
     */
    public Builder maxStringLength(int characters) {
      this.maxStringLength = positive(characters, "maxStringLength");
      return this;
    }

    /**
     * {@return how many findings one file lists before one that counts the rest; 1,000 by default}
     *
     * @param findings the most findings listed for one file
     */
    public Builder maxFindingsPerFile(int findings) {
      this.maxFindingsPerFile = positive(findings, "maxFindingsPerFile");
      return this;
    }

    /**
     * {@return how long the rules may run on one file before the rest are skipped; 10 s by default}
     *
     * @param time the longest the rules run on one file
     */
    public Builder maxTimePerFile(Duration time) {
      if (time.isNegative() || time.isZero()) {
        throw new ConfigurationException(
            "maxTimePerFile", "maxTimePerFile must be positive, not " + time);
      }
      this.maxTimePerFile = time;
      return this;
    }

    private static int positive(int value, String name) {
      if (value < 1) {
        throw new ConfigurationException(name, name + " must be positive, not " + value);
      }
      return value;
    }

    /**
     * Reports rule {@code ruleId} at {@code severity} instead of its default; {@link #build()}
     * refuses an id that is not one of the validator's rules.
     *
     * @param ruleId the rule's id
     * @param severity the severity to report it at
     * @return this builder
     */
    public Builder severity(String ruleId, Severity severity) {
      set(ruleId, Optional.of(severity), "severity");
      return this;
    }

    /**
     * Turns rule {@code ruleId} off; {@link #build()} refuses an unknown id.
     *
     * @param ruleId the rule's id
     * @return this builder
     */
    public Builder disable(String ruleId) {
      set(ruleId, Optional.empty(), "disable");
      return this;
    }

    /**
     * Sets rule {@code ruleId}'s level by its name, as a build's configuration writes it: {@code
     * off}, {@code info}, {@code warning} or {@code error}. {@link #build()} refuses an id that is
     * not one of the validator's rules.
     *
     * @param ruleId the rule's id
     * @param level {@code off} or a severity's name, in any case
     * @return this builder
     * @throws ConfigurationException for a level that is none of those
     */
    public Builder level(String ruleId, String level) {
      Optional<Optional<Severity>> parsed = Levels.parse(level);
      if (parsed.isEmpty()) {
        throw new ConfigurationException(
            "rules",
            "rule "
                + ruleId
                + ": unknown level '"
                + level
                + "'; expected "
                + String.join(", ", Levels.NAMES));
      }
      set(ruleId, parsed.get(), "rules");
      return this;
    }

    /**
     * Adds every rule that {@code loader} finds as a service of {@link Rule} (jars that list their
     * rule classes in {@code META-INF/services/io.github.tagkit.validator.spi.Rule}), in the
     * loader's order, run after the built-in ones like rules added with {@link #rule(Rule)}.
     *
     * @param loader where to look: for a Maven goal, the plugin's class loader, which holds the
     *     jars of the plugin's {@code <dependencies>}
     * @return this builder
     * @throws ConfigurationException when a listed rule cannot be made
     */
    public Builder discoverRules(ClassLoader loader) {
      try {
        for (Rule rule : ServiceLoader.load(Rule.class, loader)) {
          added.add(rule);
        }
      } catch (ServiceConfigurationError e) {
        throw new ConfigurationException("rule", "a rule could not be loaded: " + e.getMessage());
      }
      return this;
    }

    /**
     * Adds a rule of your own, run after the built-in ones. Its id must be kebab-case and differ
     * from every other rule's.
     *
     * @param rule the rule
     * @return this builder
     */
    public Builder rule(Rule rule) {
      added.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * {@return the exemptions file (such as {@code .tagkit.yaml}): findings it exempts, with a
     * reason, are left out of the report}
     *
     * @param file the exemptions file
     */
    public Builder exemptions(Path file) {
      if (!Files.isRegularFile(Objects.requireNonNull(file, "file"))) {
        throw new ConfigurationException(
            "exemptions", "exemptions file " + file + " does not exist");
      }
      this.exemptions = Exemptions.file(file);
      return this;
    }

    /**
     * {@return the exemptions file {@code .tagkit.yaml} in {@code directory}, when there is one:
     * what a repository's own exemptions are}
     *
     * @param directory the repository's directory
     */
    public Builder exemptionsIn(Path directory) {
      Path file = directory.resolve(".tagkit.yaml");
      return Files.isRegularFile(file) ? exemptions(file) : this;
    }

    /**
     * Files are named relative to this directory in findings (as given by default).
     *
     * @param directory the directory
     * @return this builder
     */
    public Builder baseDirectory(Path directory) {
      this.baseDirectory = Objects.requireNonNull(directory, "directory");
      return this;
    }

    /**
     * {@return a validator with these settings}
     *
     * @throws ConfigurationException when a severity override or a disabled rule names no rule of
     *     the validator ({@code severity} or {@code disable}), or two rules share an id ({@code
     *     rule})
     */
    public TagValidator build() {
      List<Rule> all = new ArrayList<>(BuiltInRules.create(expiryWarningDays));
      all.addAll(added);
      RuleSet rules;
      try {
        rules = RuleSet.of(all);
      } catch (IllegalArgumentException e) {
        throw new ConfigurationException("rule", e.getMessage());
      }
      settings.forEach((id, setting) -> known(rules, id, setting));
      LocalDate day = today != null ? today : LocalDate.now(Clock.systemDefaultZone());
      return new TagValidator(
          new MetadataChecker(
              day,
              new Limits(
                  maxFileSize,
                  maxNestingDepth,
                  maxStringLength,
                  maxFindingsPerFile,
                  maxTimePerFile),
              rules,
              severities,
              exemptions,
              Optional.ofNullable(baseDirectory),
              keepModels),
          rules);
    }

    private void set(String ruleId, Optional<Severity> level, String setting) {
      severities.put(Objects.requireNonNull(ruleId, "ruleId"), level);
      settings.put(ruleId, setting);
    }

    private static void known(RuleSet rules, String ruleId, String setting) {
      if (rules.byId(ruleId).isEmpty()) {
        throw new ConfigurationException(
            setting, "unknown rule '" + ruleId + "'" + Suggestions.hint(ruleId, rules.ids()));
      }
    }
  }
}
