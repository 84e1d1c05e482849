package io.github.tagkit.validator.rules;

import java.time.ZoneId;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What is and is not an IANA time zone id, and what people mean by the abbreviations. */
final class ZoneIds {
  private ZoneIds() {}

  private static final Set<String> ZONES = ZoneId.getAvailableZoneIds();

  /** Common abbreviations and the zone they usually stand for (ambiguous ones say so). */
  static final Map<String, String> ABBREVIATIONS =
      Map.ofEntries(
          Map.entry("PST", "America/Los_Angeles"),
          Map.entry("PDT", "America/Los_Angeles"),
          Map.entry("PT", "America/Los_Angeles"),
          Map.entry("MST", "America/Denver"),
          Map.entry("MDT", "America/Denver"),
          Map.entry("CST", "America/Chicago (or Asia/Shanghai)"),
          Map.entry("CDT", "America/Chicago"),
          Map.entry("EST", "America/New_York"),
          Map.entry("EDT", "America/New_York"),
          Map.entry("ET", "America/New_York"),
          Map.entry("GMT", "Europe/London (or UTC)"),
          Map.entry("BST", "Europe/London"),
          Map.entry("CET", "Europe/Berlin"),
          Map.entry("CEST", "Europe/Berlin"),
          Map.entry("IST", "Asia/Kolkata (or Europe/Dublin)"),
          Map.entry("JST", "Asia/Tokyo"),
          Map.entry("AEST", "Australia/Sydney"),
          Map.entry("AEDT", "Australia/Sydney"));

  private static final String ONE = "(?:" + String.join("|", ABBREVIATIONS.keySet()) + ")";

  /** One abbreviation, or several joined by slashes as schedules write them ("PDT/PST"). */
  private static final Pattern ABBREVIATION =
      Pattern.compile("\\b(" + ONE + "(?:\\s*/\\s*" + ONE + ")*)\\b");

  /** Whether {@code id} is a region-based IANA id (or UTC), not an abbreviation or fixed offset. */
  static boolean isIanaId(String id) {
    return id.equals("UTC") || (id.contains("/") && ZONES.contains(id));
  }

  /**
   * The first time zone abbreviation in free text as the text writes it, with any others joined to
   * it by slashes: "PDT/PST" in "8am PDT/PST".
   */
  static Optional<String> abbreviationIn(String text) {
    Matcher matcher = ABBREVIATION.matcher(text);
    return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
  }

  /** The zone an abbreviation (or the first of "PDT/PST") usually stands for, as a hint. */
  static Optional<String> suggestion(String abbreviation) {
    String first = abbreviation.split("/", 2)[0].strip();
    return Optional.ofNullable(ABBREVIATIONS.get(first.toUpperCase(Locale.ROOT)));
  }
}
