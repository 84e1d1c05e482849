package io.github.tagkit.model.internal;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes every string a YAML 1.1 reader would take for something else. The registry is read by YAML
 * 1.1 tools too (PyYAML, go-yaml v2), which turn a plain {@code 10:00} into 600, {@code no} into
 * false and {@code 2025-07-01} into a date; a string written here stays a string for them.
 */
final class Yaml11Quoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  /** The YAML 1.1 implicit types: bool, null, int, float (sexagesimal included), timestamp. */
  private static final Pattern IMPLICIT =
      Pattern.compile(
          String.join(
              "|",
              "y|Y|yes|Yes|YES|n|N|no|No|NO|true|True|TRUE|false|False|FALSE"
                  + "|on|On|ON|off|Off|OFF",
              "~|null|Null|NULL",
              "[-+]?0b[0-1_]+",
              "[-+]?0[0-7_]+",
              "[-+]?(?:0|[1-9][0-9_]*)",
              "[-+]?0x[0-9a-fA-F_]+",
              "[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+",
              "[-+]?(?:[0-9][0-9_]*)?\\.[0-9_]*(?:[eE][-+]?[0-9]+)?",
              "[-+]?[0-9][0-9_]*(?:\\.[0-9_]*)?[eE][-+]?[0-9]+",
              "[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\\.[0-9_]*",
              "[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)",
              "[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}(?:(?:[Tt]|[ \\t]+)[0-9].*)?",
              "<<|=",
              // Not implicit in YAML 1.1, but near enough to its sexagesimal ints that some
              // readers take a time of day such as 08:30 for one.
              "[0-9]{1,2}:[0-9]{2}"));

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || IMPLICIT.matcher(value).matches();
  }
}
