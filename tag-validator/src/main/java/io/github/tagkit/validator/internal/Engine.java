package io.github.tagkit.validator.internal;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.internal.Codec;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Location;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.Severity;
import io.github.tagkit.validator.internal.rules.Rules;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Runs every check over files and turns what they find into the report. */
public final class Engine {
  private final LocalDate today;
  private final int expiryWarningDays;
  private final Limits limits;
  private final Map<String, Optional<Severity>> severities;
  private final Exemptions exemptions;
  private final Optional<Path> baseDirectory;
  private final Optional<Path> pageTemplates;

  public Engine(
      LocalDate today,
      int expiryWarningDays,
      Limits limits,
      Map<String, Optional<Severity>> severities,
      Exemptions exemptions,
      Optional<Path> baseDirectory,
      Optional<Path> pageTemplates) {
    this.today = today;
    this.expiryWarningDays = expiryWarningDays;
    this.limits = limits;
    this.severities = severities;
    this.exemptions = exemptions;
    this.baseDirectory = baseDirectory;
    this.pageTemplates = pageTemplates;
  }

  public static List<RuleInfo> rules() {
    return Checks.ALL;
  }

  /** A finding before severity overrides and exemptions. */
  record Raw(
      String ruleId,
      String file,
      String pointer,
      Position position,
      String message,
      String group) {}

  public Report validate(List<Path> files) {
    SchemaCheck.prepare();
    Exemptions.Loaded loaded = exemptions.load(this::display);
    List<Raw> raws = new ArrayList<>(loaded.problems());
    files.parallelStream().map(this::check).forEachOrdered(raws::addAll);
    return report(raws, loaded, files.size());
  }

  public Report validate(String content, String name) {
    SchemaCheck.prepare();
    Exemptions.Loaded loaded = exemptions.load(this::display);
    List<Raw> raws = new ArrayList<>(loaded.problems());
    raws.addAll(check(name, content.getBytes(StandardCharsets.UTF_8), Optional.empty()));
    return report(raws, loaded, 1);
  }

  private Report report(List<Raw> raws, Exemptions.Loaded loaded, int files) {
    List<Finding> findings = new ArrayList<>();
    for (Raw raw : raws) {
      Optional<Severity> severity =
          severities.getOrDefault(raw.ruleId(), Optional.of(Checks.byId(raw.ruleId()).severity()));
      if (severity.isEmpty() || loaded.exempts(raw)) {
        continue;
      }
      findings.add(
          new Finding(
              severity.get(),
              raw.ruleId(),
              raw.message(),
              new Location(
                  raw.file(), raw.position().line(), raw.position().column(), raw.pointer())));
    }
    for (Raw unused : loaded.unused()) {
      findings.add(
          new Finding(
              Checks.UNUSED_EXEMPTION.severity(),
              unused.ruleId(),
              unused.message(),
              new Location(
                  unused.file(),
                  unused.position().line(),
                  unused.position().column(),
                  unused.pointer())));
    }
    return new Report(findings, files);
  }

  String display(Path path) {
    Path shown = path;
    if (baseDirectory.isPresent()) {
      Path base = baseDirectory.get().toAbsolutePath().normalize();
      Path absolute = path.toAbsolutePath().normalize();
      if (absolute.startsWith(base)) {
        shown = base.relativize(absolute);
      }
    }
    return shown.toString().replace('\\', '/');
  }

  private List<Raw> check(Path path) {
    String name = display(path);
    try {
      BasicFileAttributes attributes;
      try {
        attributes = Files.readAttributes(path, BasicFileAttributes.class);
      } catch (NoSuchFileException e) {
        return List.of(fileProblem(Checks.UNREADABLE_FILE, name, "no such file"));
      }
      if (attributes.isDirectory()) {
        return List.of(
            fileProblem(Checks.UNREADABLE_FILE, name, "is a directory, not a metadata file"));
      }
      long size = attributes.size();
      if (size > limits.maxFileSize()) {
        return List.of(
            fileProblem(
                Checks.RESOURCE_LIMIT,
                name,
                "the file is "
                    + size
                    + " bytes; metadata files are limited to "
                    + limits.maxFileSize()
                    + " bytes (maxFileSize)"));
      }
      return check(name, Files.readAllBytes(path), Optional.of(path));
    } catch (IOException e) {
      return List.of(fileProblem(Checks.UNREADABLE_FILE, name, "cannot be read: " + e));
    }
  }

  private static Raw fileProblem(RuleInfo check, String file, String message) {
    return new Raw(check.id(), file, "", Position.NONE, message, "");
  }

  List<Raw> check(String name, byte[] content, Optional<Path> path) {
    return capped(name, checkAll(name, content, path));
  }

  /** At most maxFindingsPerFile findings, in file order, then one that counts the rest. */
  private List<Raw> capped(String name, List<Raw> raws) {
    if (raws.size() <= limits.maxFindingsPerFile()) {
      return raws;
    }
    List<Raw> sorted = new ArrayList<>(raws);
    sorted.sort(
        Comparator.comparingInt((Raw r) -> r.position().line())
            .thenComparingInt(r -> r.position().column()));
    List<Raw> kept = new ArrayList<>(sorted.subList(0, limits.maxFindingsPerFile()));
    Raw first = sorted.get(limits.maxFindingsPerFile());
    kept.add(
        new Raw(
            Checks.RESOURCE_LIMIT.id(),
            name,
            first.pointer(),
            first.position(),
            (sorted.size() - limits.maxFindingsPerFile())
                + " more findings from here on are not listed (maxFindingsPerFile="
                + limits.maxFindingsPerFile()
                + "); fix the ones above first",
            first.group()));
    return kept;
  }

  private List<Raw> checkAll(String name, byte[] content, Optional<Path> path) {
    long deadline = System.nanoTime() + limits.maxTimePerFile().toNanos();
    List<Raw> raws = new ArrayList<>();
    SourceDocument document = SourceDocument.parse(content, limits);
    for (SourceDocument.Problem problem : document.problems()) {
      raws.add(
          new Raw(
              problem.ruleId(),
              name,
              problem.pointer(),
              problem.position(),
              problem.message(),
              ""));
    }
    if (document.root().isEmpty()) {
      return raws;
    }
    // The model is bound and the rules run before the schema check, which a first validation
    // compiles on another thread meanwhile (SchemaCheck.prepare); findings keep their order.
    Optional<TagRegistry> registry = Optional.empty();
    RuntimeException unbound = null;
    try {
      registry = Optional.of(Codec.LENIENT.read(document.root().get(), name));
    } catch (RuntimeException e) {
      unbound = e;
    }
    Context context =
        new Context(document, registry, path, today, expiryWarningDays, pageTemplates);
    List<Context.GroupAt> groups =
        context.groups().stream()
            .sorted(Comparator.comparingInt((Context.GroupAt g) -> g.pointer().length()).reversed())
            .toList();
    List<Raw> ruleRaws = new ArrayList<>();
    for (Rule rule : Rules.ALL) {
      if (severities.getOrDefault(rule.id(), Optional.of(rule.severity())).isEmpty()) {
        continue;
      }
      if (System.nanoTime() > deadline) {
        ruleRaws.add(
            new Raw(
                Checks.RESOURCE_LIMIT.id(),
                name,
                "",
                Position.NONE,
                "checking the file took longer than "
                    + limits.maxTimePerFile().toMillis()
                    + " ms (maxTimePerFile); rules from "
                    + rule.id()
                    + " on were not run",
                ""));
        break;
      }
      try {
        rule.check(
            context,
            new Findings() {
              @Override
              public void report(Rule r, String pointer, String message) {
                ruleRaws.add(
                    new Raw(r.id(), name, pointer, document.position(pointer), message, ""));
              }

              @Override
              public void reportIn(Rule r, Path file, int line, String message) {
                ruleRaws.add(
                    new Raw(r.id(), display(file), "", new Position(line, 1), message, ""));
              }
            });
      } catch (RuntimeException e) {
        ruleRaws.add(
            new Raw(rule.id(), name, "", Position.NONE, "the rule failed on this file: " + e, ""));
      }
    }
    for (SchemaCheck.Violation violation : SchemaCheck.get().check(document.root().get())) {
      Position position =
          violation.atValue()
              ? document.valuePosition(violation.pointer())
              : document.position(violation.pointer());
      raws.add(
          new Raw(
              violation.ruleId(), name, violation.pointer(), position, violation.message(), ""));
    }
    if (unbound != null && raws.isEmpty()) {
      raws.add(
          new Raw(
              Checks.UNREADABLE_METADATA.id(),
              name,
              unbound instanceof TagFileException t ? t.pointer() : "",
              unbound instanceof TagFileException t
                  ? document.position(t.pointer())
                  : Position.NONE,
              unbound instanceof TagFileException t ? t.problem() : unbound.getMessage(),
              ""));
    }
    raws.addAll(ruleRaws);
    List<Raw> located = new ArrayList<>(raws.size());
    for (Raw raw : raws) {
      located.add(
          new Raw(
              raw.ruleId(),
              raw.file(),
              raw.pointer(),
              raw.position(),
              raw.message(),
              group(groups, raw.pointer())));
    }
    return located;
  }

  /** The dir of the innermost group that holds the value at {@code pointer}. */
  private static String group(List<Context.GroupAt> groups, String pointer) {
    for (Context.GroupAt group : groups) {
      String at = group.pointer();
      if (at.isEmpty() || pointer.equals(at) || pointer.startsWith(at + "/")) {
        return group.group().dir();
      }
    }
    return "";
  }
}
