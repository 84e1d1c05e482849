package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What tool authors embedding the validator rely on. */
class ValidatorApiTest {
  private static final String NO_LIAISON =
      "dir: tag-x\nname: TAG X\nleadership:\n  chairs:\n    - github: a\n      name: A\n"
          + "      term: {start: 2025-07-01, end: 2027-06-30}\n"
          + "meetings:\n  - recordings_url: https://www.youtube.com/@x\n";

  @Test
  void rulesAreListedWithStableIdsSeveritiesAndDescriptions() {
    List<RuleInfo> rules = TagValidator.builder().build().rules();
    assertThat(rules)
        .extracting(RuleInfo::id)
        .doesNotHaveDuplicates()
        .allMatch(id -> id.matches("[a-z0-9]+(-[a-z0-9]+)*"));
    assertThat(rules).allSatisfy(rule -> assertThat(rule.description()).endsWith("."));
    assertThat(rules)
        .extracting(RuleInfo::id)
        .contains("require-toc-liaison", "term-too-long", "unknown-key", "placeholder-text");
  }

  @Test
  void severityCanBeChangedAndRulesTurnedOff() {
    TagValidator defaults = TagValidator.builder().build();
    assertThat(defaults.validate(NO_LIAISON, "tag.yaml").findings())
        .extracting(Finding::toString)
        .containsExactly(
            "tag.yaml:1:1: error [require-toc-liaison] TAG X lists no TOC liaison; add contact.toc_liaison");
    TagValidator relaxed =
        TagValidator.builder().severity("require-toc-liaison", Severity.WARNING).build();
    assertThat(relaxed.validate(NO_LIAISON, "tag.yaml").warnings()).isEqualTo(1);
    TagValidator off = TagValidator.builder().disable("require-toc-liaison").build();
    assertThat(off.validate(NO_LIAISON, "tag.yaml").findings()).isEmpty();
  }

  @Test
  void misconfigurationIsAnExceptionThatSaysWhat() {
    assertThatThrownBy(() -> TagValidator.builder().disable("require-toc-liason").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("unknown rule 'require-toc-liason'; did you mean 'require-toc-liaison'?")
        .extracting(e -> ((ConfigurationException) e).setting())
        .isEqualTo("disable");
    assertThatThrownBy(() -> TagValidator.builder().severity("no-such-rule", Severity.INFO).build())
        .hasMessageStartingWith("unknown rule 'no-such-rule'; expected one of: ");
    assertThatThrownBy(() -> TagValidator.builder().exemptions(Path.of("no-such-file.yaml")))
        .hasMessage("exemptions file no-such-file.yaml does not exist");
    assertThatThrownBy(() -> TagValidator.builder().expiryWarningDays(-1))
        .hasMessage("expiryWarningDays must be 0 or more, not -1");
  }

  @Test
  void theModelsReadAreKeptOnlyWhenAsked(@TempDir Path repo) throws Exception {
    Path good = repo.resolve("tag.yaml");
    Files.writeString(good, NO_LIAISON);
    Path broken = repo.resolve("tags.yaml");
    Files.writeString(broken, "tags: [\n");
    assertThat(TagValidator.builder().baseDirectory(repo).build().validate(good, broken).models())
        .isEmpty();
    Report kept =
        TagValidator.builder().baseDirectory(repo).keepModels(true).build().validate(good, broken);
    // the file that reads is there, by its name in findings; the one that does not is not
    assertThat(kept.models()).containsOnlyKeys("tag.yaml");
    assertThat(kept.models().get("tag.yaml"))
        .isEqualTo(io.github.tagkit.model.TagRegistry.read(good));
    assertThat(kept.findings()).anyMatch(f -> f.location().file().equals("tags.yaml"));
  }

  @Test
  void filesAreNamedRelativeToTheBaseDirectory(@TempDir Path repo) throws Exception {
    Path file = repo.resolve("tag.yaml");
    Files.writeString(file, NO_LIAISON);
    Report report = TagValidator.builder().baseDirectory(repo).build().validate(file);
    assertThat(report.findings().get(0).location().file()).isEqualTo("tag.yaml");
  }

  @Test
  void oneValidatorFromEightThreadsGivesTheSerialReport(@TempDir Path dir) throws Exception {
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      Path file = dir.resolve("tag-" + i + ".yaml");
      Files.writeString(
          file,
          i % 3 == 0
              ? NO_LIAISON
              : NO_LIAISON.replace(
                  "name: A", "name: A\n      term: {start: 2020-01-01, end: 2021-01-01}"));
      files.add(file);
    }
    TagValidator validator = TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();
    String serial =
        files.stream()
            .map(f -> ReportFormat.TEXT.render(validator.validate(f)))
            .collect(Collectors.joining());
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<String>> parts = new ArrayList<>();
      for (Path file : files) {
        parts.add(pool.submit(() -> ReportFormat.TEXT.render(validator.validate(file))));
      }
      StringBuilder parallel = new StringBuilder();
      for (Future<String> part : parts) {
        parallel.append(part.get());
      }
      assertThat(parallel.toString()).isEqualTo(serial);
    } finally {
      pool.shutdownNow();
    }
    List<Path> reversed = new ArrayList<>(files);
    java.util.Collections.reverse(reversed);
    assertThat(ReportFormat.TEXT.render(validator.validate(files)))
        .isEqualTo(ReportFormat.TEXT.render(validator.validate(reversed)));
  }

  @Test
  void aValueTheSchemaAcceptsButTheModelCannotHoldIsReportedAtItsKey() {
    String blankInitiative = NO_LIAISON + "page:\n  initiatives:\n    - name: \" \"\n";
    assertThat(TagValidator.builder().build().validate(blankInitiative, "tag.yaml").findings())
        .extracting(Finding::toString)
        .containsExactly(
            "tag.yaml:12:7: error [unreadable-metadata] 'name' is required and must not be empty"
                + " in entry 1 of 'initiatives'");
    // With a schema error in the file, that error is the one reported, not the model's.
    String misspelled = blankInitiative + "chartr_link: charter.md\n";
    assertThat(TagValidator.builder().build().validate(misspelled, "tag.yaml").findings())
        .extracting(Finding::toString)
        .containsExactly(
            "tag.yaml:13:1: error [unknown-key] unknown key 'chartr_link' at the root; did you mean"
                + " 'charter_link'?");
  }

  @Test
  void valuesOutsideAnEnumAreNamedWithTheValuesAllowed() {
    String recurrence =
        NO_LIAISON
            + "    recurrence:\n      frequency: daily\n      day: someday\n"
            + "      week_of_month: 7\n      time: \"10:00\"\n      time_zone: UTC\n";
    assertThat(TagValidator.builder().build().validate(recurrence, "tag.yaml").findings())
        .extracting(Finding::toString)
        .containsExactly(
            // The rest of the file is still checked: it names no liaison.
            "tag.yaml:1:1: error [require-toc-liaison] TAG X lists no TOC liaison; add"
                + " contact.toc_liaison",
            "tag.yaml:10:5: info [rules-skipped] governance rules ran on /meetings/0 without"
                + " /meetings/0/recurrence, which cannot be read ('frequency' is 'daily', which is"
                + " not one of weekly, biweekly, monthly); none of them checked it",
            "tag.yaml:11:18: error [invalid-value] 'frequency' is 'daily', which is not one of"
                + " weekly, biweekly, monthly",
            "tag.yaml:12:12: error [invalid-value] 'day' is 'someday', which is not one of monday,"
                + " tuesday, wednesday, thursday, friday, saturday, sunday",
            "tag.yaml:13:22: error [invalid-value] 'week_of_month' is '7', which is not one of 1, 2,"
                + " 3, 4, 5, -1");
  }

  /** An https URL's format and its pattern both reject a path: one finding says so, once. */
  @Test
  void aValueTheSchemaRejectsTwiceInTheSameWordsIsOneFinding() {
    Report report =
        TagValidator.builder()
            .today(java.time.LocalDate.of(2026, 7, 1))
            .build()
            .validate(
                "dir: tag-x\nname: TAG X\nmeetings:\n  - tag_calendar: ./calendar.ics\n",
                "tag.yaml");
    assertThat(report.findings())
        .filteredOn(f -> f.ruleId().equals("invalid-format"))
        .extracting(Finding::toString)
        .containsExactly(
            "tag.yaml:4:19: error [invalid-format] 'tag_calendar' is './calendar.ics', which is not"
                + " an https URL");
  }
}
