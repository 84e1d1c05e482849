package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Severity;
import java.util.List;

/**
 * The checks that are not rules: reading a file, the schema, and the exemptions file. Each is the
 * constant a finding carries; the governance rules are {@code Rule}s of their own.
 */
final class BuiltInChecks {
  private BuiltInChecks() {}

  static final RuleInfo UNREADABLE_FILE =
      new RuleInfo(
          "unreadable-file",
          Severity.ERROR,
          "A file to check is missing, a directory, or cannot be read.");
  static final RuleInfo RESOURCE_LIMIT =
      new RuleInfo(
          "resource-limit",
          Severity.ERROR,
          "A file goes beyond what metadata needs: size, nesting, value length, findings or time"
              + " (see docs/limits.md).");
  static final RuleInfo EMPTY_FILE =
      new RuleInfo("empty-file", Severity.ERROR, "A metadata file is empty.");
  static final RuleInfo YAML_SYNTAX =
      new RuleInfo(
          "yaml-syntax",
          Severity.ERROR,
          "A file is not well-formed YAML (tabs, unclosed quotes, bad indentation, more than one document).");
  static final RuleInfo DUPLICATE_KEY =
      new RuleInfo(
          "duplicate-key",
          Severity.ERROR,
          "A key appears twice in one mapping; only the first is used.");
  static final RuleInfo YAML_ALIAS =
      new RuleInfo(
          "yaml-alias",
          Severity.ERROR,
          "A YAML alias (*name) is used; metadata spells every value out.");
  static final RuleInfo UNKNOWN_KEY =
      new RuleInfo(
          "unknown-key",
          Severity.ERROR,
          "A key the schema does not know, usually a misspelling; the message suggests the key meant.");
  static final RuleInfo REQUIRED_KEY =
      new RuleInfo("required-key", Severity.ERROR, "A key the schema requires is missing.");
  static final RuleInfo WRONG_TYPE =
      new RuleInfo(
          "wrong-type",
          Severity.ERROR,
          "A value has the wrong type: text where a list belongs, a number where text belongs.");
  static final RuleInfo INVALID_FORMAT =
      new RuleInfo(
          "invalid-format",
          Severity.ERROR,
          "A value does not have its format: https URL, date, e-mail, GitHub handle, Slack channel, directory name, time of day.");
  static final RuleInfo INVALID_VALUE =
      new RuleInfo(
          "invalid-value", Severity.ERROR, "A value is not one of those allowed, or out of range.");
  static final RuleInfo UNREADABLE_METADATA =
      new RuleInfo(
          "unreadable-metadata",
          Severity.ERROR,
          "The metadata passes the schema but cannot be read into the model.");
  static final RuleInfo RULES_SKIPPED =
      new RuleInfo(
          "rules-skipped",
          Severity.INFO,
          "A value could not be read into the model: the governance rules checked its entry without"
              + " it, or skipped the entry.");
  static final RuleInfo EXEMPTION_REASON =
      new RuleInfo("exemption-reason", Severity.ERROR, "An exemption gives no reason.");
  static final RuleInfo INVALID_EXEMPTION =
      new RuleInfo(
          "invalid-exemption",
          Severity.ERROR,
          "An exemption names an unknown rule, or no group or pointer.");
  static final RuleInfo INVALID_RULE_LEVEL =
      new RuleInfo(
          "invalid-rule-level",
          Severity.ERROR,
          "A rule level in the configuration file names an unknown rule or level.");
  static final RuleInfo UNUSED_EXEMPTION =
      new RuleInfo(
          "unused-exemption", Severity.WARNING, "An exemption matches no finding; remove it.");

  static final RuleInfo TRAILING_WHITESPACE =
      new RuleInfo(
          "trailing-whitespace", Severity.INFO, "A line of the metadata ends in spaces or tabs.");

  /** The checks of reading a file and of the schema, reported before the rules' findings. */
  static final List<RuleInfo> READING =
      List.of(
          UNREADABLE_FILE,
          RESOURCE_LIMIT,
          EMPTY_FILE,
          YAML_SYNTAX,
          DUPLICATE_KEY,
          YAML_ALIAS,
          UNKNOWN_KEY,
          REQUIRED_KEY,
          WRONG_TYPE,
          INVALID_FORMAT,
          INVALID_VALUE,
          UNREADABLE_METADATA,
          RULES_SKIPPED,
          TRAILING_WHITESPACE);

  /** The checks of the exemptions file, listed after the rules. */
  static final List<RuleInfo> EXEMPTIONS =
      List.of(EXEMPTION_REASON, INVALID_EXEMPTION, INVALID_RULE_LEVEL, UNUSED_EXEMPTION);
}
