package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Who leaves office soon: per group, each chair, tech lead and subproject lead whose term ends in
 * the next {@code days} days, or has ended while they are still listed; as Markdown fit for an
 * issue body, and as JSON for a workflow that opens that issue.
 */
public final class TermsReport {
  private static final List<Role> ROLES = Role.withTerms();

  /** A term that ends soon or has ended: whose, in which role of which group, and when. */
  public record Ending(Group group, Role role, Person person, Term term, long daysLeft) {}

  private final LocalDate today;
  private final int days;
  private final List<Ending> endings;
  private final List<String> skipped;

  private TermsReport(LocalDate today, int days, List<Ending> endings, List<String> skipped) {
    this.today = today;
    this.days = days;
    this.endings = List.copyOf(endings);
    this.skipped = List.copyOf(skipped);
  }

  /**
   * {@return the terms of {@code registries} that end within {@code days} of {@code today}, or
   * ended}
   *
   * @param registries the metadata
   * @param today the day to count from
   * @param days how many days ahead a term counts as ending soon
   */
  public static TermsReport of(List<TagRegistry> registries, LocalDate today, int days) {
    Objects.requireNonNull(today, "today");
    List<Ending> endings = new ArrayList<>();
    for (TagRegistry registry : registries) {
      for (Group group : registry.groups()) {
        for (Role role : ROLES) {
          for (Person person : group.people(role)) {
            person
                .term()
                .filter(t -> !t.end().isAfter(today.plusDays(days)))
                .ifPresent(
                    t ->
                        endings.add(
                            new Ending(
                                group, role, person, t, ChronoUnit.DAYS.between(today, t.end()))));
          }
        }
      }
    }
    return new TermsReport(today, days, endings, List.of());
  }

  /**
   * {@return the terms of the metadata {@code files} that end within {@code days} of {@code today},
   * or ended; a file that cannot be read is left out, and {@link #skipped()} says why}
   *
   * @param files the metadata files, read leniently (unknown keys are the validator's to report)
   * @param today the day to count from
   * @param days how many days ahead a term counts as ending soon
   * @throws IOException when a file cannot be read at all
   */
  public static TermsReport read(List<Path> files, LocalDate today, int days) throws IOException {
    List<TagRegistry> registries = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    for (Path file : files) {
      try {
        registries.add(TagReader.strict().lenient().read(file));
      } catch (TagFileException e) {
        skipped.add(e.getMessage());
      }
    }
    TermsReport report = of(registries, today, days);
    return new TermsReport(today, days, report.endings, skipped);
  }

  /** {@return why each metadata file left out of the report could not be read} */
  public List<String> skipped() {
    return skipped;
  }

  /**
   * Writes the report into {@code directory}: {@code terms.md}, fit for an issue body, and {@code
   * terms.json}, for a workflow.
   *
   * @param directory where the two files go; made when missing
   * @return the files written
   * @throws IOException when a file cannot be written
   */
  public List<Path> write(Path directory) throws IOException {
    Files.createDirectories(directory);
    Path markdown = directory.resolve("terms.md");
    Path json = directory.resolve("terms.json");
    AtomicFiles.write(markdown, markdown());
    AtomicFiles.write(json, json());
    return List.of(markdown, json);
  }

  /** {@return the terms, soonest end first within each group, groups in the file's order} */
  public List<Ending> endings() {
    return endings;
  }

  /** {@return the report as Markdown, for the body of an issue} */
  public String markdown() {
    StringBuilder out = new StringBuilder();
    out.append("## Leadership terms as of ").append(today).append("\n\n");
    if (endings.isEmpty()) {
      return out.append("No term ends in the next ").append(days).append(" days.\n").toString();
    }
    out.append("Terms that end in the next ")
        .append(days)
        .append(" days, and terms that have ended while their leader is still listed: record the")
        .append(" election or renewal, or run `mvn tag:rotate`.\n");
    Group current = null;
    for (Ending ending : sorted()) {
      if (ending.group() != current) {
        current = ending.group();
        out.append("\n### ").append(cell(current.name())).append("\n\n");
        out.append("| Leader | Role | Term | Ends |\n|---|---|---|---|\n");
      }
      Person p = ending.person();
      String name = cell(p.name().orElse(p.github().orElse("(unnamed)")));
      String handle =
          p.github()
              .map(String::strip)
              .map(h -> " ([@" + h + "](https://github.com/" + h + "))")
              .orElse("");
      out.append("| ")
          .append(name)
          .append(handle)
          .append(" | ")
          .append(ending.role().title())
          .append(" | ")
          .append(ending.term().start())
          .append(" to ")
          .append(ending.term().end())
          .append(" | ")
          .append(when(ending.daysLeft()))
          .append(" |\n");
    }
    return out.toString();
  }

  /**
   * {@return the report as JSON: {@code {"today", "days", "terms": [{group, dir, role, github,
   * ...}]}}}
   */
  public String json() {
    List<Map<String, Object>> terms = new ArrayList<>();
    for (Ending e : sorted()) {
      Map<String, Object> term = new LinkedHashMap<>();
      term.put("group", e.group().name());
      term.put("dir", e.group().dir());
      term.put("role", e.role().key());
      term.put("github", e.person().github().orElse(null));
      term.put("name", e.person().name().orElse(null));
      term.put("start", e.term().start().toString());
      term.put("end", e.term().end().toString());
      term.put("daysLeft", e.daysLeft());
      terms.add(term);
    }
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("today", today.toString());
    report.put("days", days);
    report.put("terms", terms);
    return JacksonCodec.json(report);
  }

  private List<Ending> sorted() {
    List<Group> order = new ArrayList<>();
    endings.forEach(
        e -> {
          if (!order.contains(e.group())) {
            order.add(e.group());
          }
        });
    List<Ending> sorted = new ArrayList<>(endings);
    sorted.sort(
        java.util.Comparator.comparingInt((Ending e) -> order.indexOf(e.group()))
            .thenComparing(e -> e.term().end()));
    return sorted;
  }

  private static String when(long daysLeft) {
    if (daysLeft < 0) {
      return "ended " + -daysLeft + (daysLeft == -1 ? " day" : " days") + " ago";
    }
    if (daysLeft == 0) {
      return "today";
    }
    return "in " + daysLeft + (daysLeft == 1 ? " day" : " days");
  }

  private static String cell(String text) {
    return text.strip()
        .replaceAll("\\s+", " ")
        .replace("\\", "\\\\")
        .replace("|", "\\|")
        .replace("*", "\\*")
        .replace("_", "\\_")
        .replace("[", "\\[")
        .replace("]", "\\]")
        .replace("<", "\\<")
        .replace("`", "\\`");
  }
}
