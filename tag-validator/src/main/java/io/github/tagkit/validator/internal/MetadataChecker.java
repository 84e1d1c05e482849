package io.github.tagkit.validator.internal;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Location;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.Fix;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Checks metadata files with one validator's settings: reads each file, binds the model, runs the
 * rules and the schema, and turns what they find into the report.
 */
public final class MetadataChecker {
  private final LocalDate today;
  private final Limits limits;
  private final RuleSet rules;

  /** The levels the validator was built with, over those of the configuration file. */
  private final Map<String, Optional<Severity>> configured;

  private final Exemptions exemptions;
  private final Optional<Path> baseDirectory;
  private final boolean keepModels;

  public MetadataChecker(
      LocalDate today,
      Limits limits,
      RuleSet rules,
      Map<String, Optional<Severity>> severities,
      Exemptions exemptions,
      Optional<Path> baseDirectory,
      boolean keepModels) {
    this.today = today;
    this.limits = limits;
    this.rules = rules;
    this.configured = Map.copyOf(severities);
    this.exemptions = exemptions;
    this.baseDirectory = baseDirectory;
    this.keepModels = keepModels;
  }

  public Report validate(List<Path> files) {
    return run(
        files.size(),
        (levels, models) ->
            files.parallelStream()
                .map(path -> check(path, levels, models))
                .flatMap(List::stream)
                .toList());
  }

  public Report validate(Path file, String content) {
    return run(
        1,
        (levels, models) ->
            check(
                display(file),
                content.getBytes(StandardCharsets.UTF_8),
                Optional.of(file),
                levels,
                models));
  }

  public Report validate(String content, String name) {
    return run(
        1,
        (levels, models) ->
            check(
                name, content.getBytes(StandardCharsets.UTF_8), Optional.empty(), levels, models));
  }

  /** What checking some files finds, given each check's level and where the models go. */
  private interface Checking {
    List<RawFinding> check(Levels levels, Map<String, TagRegistry> models);
  }

  /** One run: the schema compiling meanwhile, the exemptions loaded, the files checked. */
  private Report run(int files, Checking checking) {
    SchemaCheck.prepare();
    Exemptions.Loaded loaded = exemptions.load(this::display, rules);
    Levels levels = new Levels(loaded.levels(configured));
    List<RawFinding> raws = new ArrayList<>(loaded.problems());
    Map<String, TagRegistry> models = new ConcurrentHashMap<>();
    raws.addAll(checking.check(levels, models));
    return report(raws, loaded, levels, files, models);
  }

  /**
   * What the checks found, at each check's configured severity, less what is turned off; what an
   * exemption covers is kept apart, with the exemption's reason.
   */
  private Report report(
      List<RawFinding> raws,
      Exemptions.Loaded loaded,
      Levels levels,
      int files,
      Map<String, TagRegistry> models) {
    List<Finding> findings = new ArrayList<>();
    List<Report.Exempted> exempted = new ArrayList<>();
    // A value two checks of the schema reject in the same words (an https URL's format and its
    // pattern) is one finding.
    Set<List<Object>> seen = new HashSet<>();
    for (RawFinding raw : raws) {
      if (!seen.add(
          List.of(
              raw.check().id(),
              raw.file(),
              raw.pointer(),
              raw.position().line(),
              raw.position().column(),
              raw.message()))) {
        continue;
      }
      Optional<Severity> severity = levels.of(raw.check());
      if (severity.isPresent()) {
        Finding finding = finding(raw, severity.get());
        loaded
            .exemption(raw)
            .ifPresentOrElse(
                reason -> exempted.add(new Report.Exempted(finding, reason)),
                () -> findings.add(finding));
      }
    }
    for (RawFinding unused : loaded.unused()) {
      levels.of(unused.check()).ifPresent(severity -> findings.add(finding(unused, severity)));
    }
    return new Report(findings, files, rules.all(), exempted, List.of(), List.of(), models);
  }

  private static Finding finding(RawFinding raw, Severity severity) {
    Location location =
        new Location(raw.file(), raw.position().line(), raw.position().column(), raw.pointer());
    return raw.fingerprint().isEmpty()
        ? new Finding(severity, raw.check().id(), raw.message(), location, raw.fix())
        : new Finding(
            severity, raw.check().id(), raw.message(), location, raw.fix(), raw.fingerprint());
  }

  /** How findings name {@code path}: relative to the base directory when it is inside it. */
  String display(Path path) {
    Path shown = path;
    if (baseDirectory.isPresent()) {
      Path base = baseDirectory.get().toAbsolutePath().normalize();
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        shown = base.relativize(absolute);
      } else {
        // A file of another repository (the website's pages): relative to that repository's
        // root, as a pull request or code scanning there shows it.
        Path parent = absolute.getParent();
        Optional<Path> root =
            parent == null
                ? Optional.empty()
                : io.github.tagkit.validator.TagFiles.repositoryRoot(parent);
        if (root.isPresent()) {
          shown = root.get().relativize(absolute);
        }
      }
    }
    return shown.toString().replace('\\', '/');
  }

  private List<RawFinding> check(Path path, Levels levels, Map<String, TagRegistry> models) {
    String name = display(path);
    try {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return List.of(RawFinding.ofFile(BuiltInChecks.UNREADABLE_FILE, name, "no such file"));
      }
      if (attributes.isDirectory()) {
        return List.of(
            RawFinding.ofFile(
                BuiltInChecks.UNREADABLE_FILE, name, "is a directory, not a metadata file"));
      }
      if (attributes.size() > limits.maxFileSize()) {
        return List.of(
            RawFinding.ofFile(
                BuiltInChecks.RESOURCE_LIMIT,
                name,
                "the file is "
                    + attributes.size()
                    + " bytes; metadata files are limited to "
                    + limits.maxFileSize()
                    + " bytes (maxFileSize)"));
      }
      return check(name, Files.readAllBytes(path), Optional.of(path), levels, models);
    } catch (IOException e) {
      return List.of(
          RawFinding.ofFile(BuiltInChecks.UNREADABLE_FILE, name, "cannot be read: " + e));
    }
  }

  private List<RawFinding> check(
      String name,
      byte[] content,
      Optional<Path> path,
      Levels levels,
      Map<String, TagRegistry> models) {
    return capped(name, checkContent(name, content, path, levels, models));
  }

  /**
   * The text's problems; then, when it could be parsed, the rules' findings (on every entry that
   * could be read into the model) and the schema's, in that order of work but listed schema first.
   * The rules run before the schema check, which a first validation compiles on another thread
   * meanwhile ({@link SchemaCheck#prepare()}).
   */
  private List<RawFinding> checkContent(
      String name,
      byte[] content,
      Optional<Path> path,
      Levels levels,
      Map<String, TagRegistry> models) {
    SourceDocument document = SourceDocument.parse(content, limits, name);
    List<RawFinding> raws = new ArrayList<>(document.problems());
    if (document.root().isEmpty()) {
      return raws;
    }
    raws.addAll(trailingWhitespace(document, name));
    BoundModel model = BoundModel.bind(document, name);
    if (keepModels) {
      model.registry().ifPresent(registry -> models.put(name, registry));
    }
    FileContext context = new FileContext(document, model, path, today);
    List<RawFinding> ruleFindings = runRules(context, document, name, levels);
    raws.addAll(SchemaCheck.get().check(document, name));
    if (model.problem().isPresent() && raws.isEmpty()) {
      TagFileException problem = model.problem().get();
      raws.add(
          new RawFinding(
              BuiltInChecks.UNREADABLE_METADATA,
              name,
              problem.pointer(),
              document.position(problem.pointer()),
              problem.problem()));
    }
    for (String skipped : model.skipped()) {
      raws.add(
          new RawFinding(
              BuiltInChecks.RULES_SKIPPED,
              name,
              skipped,
              document.position(skipped),
              "governance rules skipped for " + skipped + ": see the findings above"));
    }
    for (BoundModel.Repair repair : model.repairs()) {
      raws.add(
          new RawFinding(
              BuiltInChecks.RULES_SKIPPED,
              name,
              repair.pointer(),
              document.position(repair.pointer()),
              repair.message()));
    }
    // A finding at a value read around would only repeat what is wrong with it.
    Set<String> groups = new HashSet<>();
    context.groups().forEach(g -> groups.add(g.pointer()));
    for (RawFinding found : ruleFindings) {
      if (model.repairs().stream()
          .noneMatch(r -> r.covers(found.check().id(), found.pointer(), groups))) {
        raws.add(found);
      }
    }
    return inGroups(raws, context.groups()).stream()
        .map(raw -> raw.withFingerprint(Fingerprints.of(raw, document)))
        .toList();
  }

  /** Every rule that is not turned off, until the time for the file runs out. */
  private List<RawFinding> runRules(
      FileContext context, SourceDocument document, String name, Levels levels) {
    long deadline = System.nanoTime() + limits.maxTimePerFile().toNanos();
    List<RawFinding> findings = new ArrayList<>();
    for (Rule rule : rules.rules()) {
      RuleInfo info = rules.info(rule);
      if (levels.of(info).isEmpty()) {
        continue;
      }
      if (System.nanoTime() > deadline) {
        findings.add(
            RawFinding.ofFile(
                BuiltInChecks.RESOURCE_LIMIT,
                name,
                "checking the file took longer than "
                    + limits.maxTimePerFile().toMillis()
                    + " ms (maxTimePerFile); rules from "
                    + info.id()
                    + " on were not run"));
        break;
      }
      try {
        rule.check(context, sink(info, document, name, findings));
      } catch (RuntimeException e) {
        findings.add(RawFinding.ofFile(info, name, "the rule failed on this file: " + e));
      }
    }
    return findings;
  }

  /** Each line that ends in spaces or tabs, with the fix that trims it where trimming is safe. */
  private static List<RawFinding> trailingWhitespace(SourceDocument document, String name) {
    List<RawFinding> findings = new ArrayList<>();
    String[] lines = document.text().split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line =
          lines[i].endsWith("\r") ? lines[i].substring(0, lines[i].length() - 1) : lines[i];
      int end = line.length();
      while (end > 0 && (line.charAt(end - 1) == ' ' || line.charAt(end - 1) == '\t')) {
        end--;
      }
      if (end < line.length()) {
        findings.add(
            document.resolved(
                new RawFinding(
                        BuiltInChecks.TRAILING_WHITESPACE,
                        name,
                        "",
                        new Position(i + 1, end + 1),
                        "line "
                            + (i + 1)
                            + " ends in "
                            + (line.length() - end)
                            + " space or tab character(s)")
                    .withFix(Fix.trimTrailingWhitespace(i + 1))));
      }
    }
    return findings;
  }

  private FindingSink sink(
      RuleInfo rule, SourceDocument document, String name, List<RawFinding> findings) {
    return new FindingSink() {
      @Override
      public void report(String pointer, String message) {
        findings.add(new RawFinding(rule, name, pointer, document.position(pointer), message));
      }

      @Override
      public void report(String pointer, String message, Fix fix) {
        findings.add(
            document.resolved(
                new RawFinding(rule, name, pointer, document.position(pointer), message)
                    .withFix(fix)));
      }

      @Override
      public void reportIn(Path file, int line, String message) {
        findings.add(
            new RawFinding(
                rule,
                display(file),
                "",
                line > 0 ? new Position(line, 1) : Position.NONE,
                message));
      }

      @Override
      public void reportIn(Path file, int line, String message, Fix fix) {
        findings.add(
            new RawFinding(
                    rule,
                    display(file),
                    "",
                    line > 0 ? new Position(line, 1) : Position.NONE,
                    message)
                .withFix(fix));
      }
    };
  }

  /** Each finding with the dir of the innermost group that holds its value. */
  private static List<RawFinding> inGroups(List<RawFinding> raws, List<LocatedGroup> groups) {
    List<LocatedGroup> innermostFirst =
        groups.stream()
            .sorted(Comparator.comparingInt((LocatedGroup g) -> g.pointer().length()).reversed())
            .toList();
    List<RawFinding> grouped = new ArrayList<>(raws.size());
    for (RawFinding raw : raws) {
      grouped.add(raw.inGroup(group(innermostFirst, raw.pointer())));
    }
    return grouped;
  }

  private static String group(List<LocatedGroup> innermostFirst, String pointer) {
    for (LocatedGroup group : innermostFirst) {
      String at = group.pointer();
      if (at.isEmpty() || pointer.equals(at) || pointer.startsWith(at + "/")) {
        return group.group().dir();
      }
    }
    return "";
  }

  /** At most maxFindingsPerFile findings, in file order, then one that counts the rest. */
  private List<RawFinding> capped(String name, List<RawFinding> raws) {
    int max = limits.maxFindingsPerFile();
    if (raws.size() <= max) {
      return raws;
    }
    List<RawFinding> sorted = new ArrayList<>(raws);
    sorted.sort(
        Comparator.comparingInt((RawFinding r) -> r.position().line())
            .thenComparingInt(r -> r.position().column()));
    List<RawFinding> kept = new ArrayList<>(sorted.subList(0, max));
    RawFinding first = sorted.get(max);
    kept.add(
        new RawFinding(
            BuiltInChecks.RESOURCE_LIMIT,
            name,
            first.pointer(),
            first.position(),
            (sorted.size() - max)
                + " more findings from here on are not listed (maxFindingsPerFile="
                + max
                + "); fix the ones above first",
            first.group(),
            java.util.Optional.empty(),
            ""));
    return kept;
  }
}
