package io.github.tagkit.pages;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Month;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneOffsetTransitionRule;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;

/**
 * VTIMEZONE components (RFC 5545 section 3.6.5) from java.time's zone rules, right for every
 * instant of the years they cover. A zone whose changes follow yearly rules gets one observance a
 * rule, each with the rule's real day ({@code BYDAY=-1SU} for the last Sunday, {@code
 * BYMONTHDAY=8,9,10,11,12,13,14;BYDAY=SU} for the Sunday on or after the 8th) and a DTSTART that is
 * an occurrence of it; the rules are checked against every transition of the years covered. A zone
 * whose changes no yearly rule describes (Africa/Casablanca's, around Ramadan) or that the rules
 * would describe wrongly gets its real transitions over those years, as RDATEs.
 */
final class VTimeZones {
  /** How many years after its first meeting a calendar's time zones are right for. */
  static final int SPAN_YEARS = 10;

  private static final DateTimeFormatter LOCAL =
      DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);

  private VTimeZones() {}

  /**
   * The VTIMEZONE of {@code zone}, right from the start of {@code fromYear} to the end of {@code
   * toYear}.
   */
  static List<String> vtimezone(ZoneId zone, int fromYear, int toYear) {
    ZoneRules rules = zone.getRules();
    Instant from = LocalDate.of(fromYear, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = LocalDate.of(toYear + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toInstant();
    List<ZoneOffsetTransition> transitions = new ArrayList<>();
    for (ZoneOffsetTransition t = rules.nextTransition(from.minusSeconds(1));
        t != null && t.getInstant().isBefore(to);
        t = rules.nextTransition(t.getInstant())) {
      transitions.add(t);
    }
    List<String> lines = new ArrayList<>();
    lines.add("BEGIN:VTIMEZONE");
    lines.add("TZID:" + zone.getId());
    Optional<List<String>> yearly = yearly(rules, fromYear, from, to, transitions);
    if (yearly.isPresent()) {
      lines.addAll(yearly.get());
    } else {
      lines.addAll(observed(rules, from, transitions));
    }
    lines.add("END:VTIMEZONE");
    return lines;
  }

  /**
   * One observance a yearly rule, when the rules produce exactly {@code transitions}: the
   * transitions of the years covered, all of them and nothing else.
   */
  private static Optional<List<String>> yearly(
      ZoneRules rules,
      int fromYear,
      Instant from,
      Instant to,
      List<ZoneOffsetTransition> transitions) {
    List<ZoneOffsetTransitionRule> yearlyRules = rules.getTransitionRules();
    if (yearlyRules.isEmpty() || transitions.isEmpty()) {
      return Optional.empty();
    }
    int toYear = to.atOffset(ZoneOffset.UTC).getYear();
    List<String> lines = new ArrayList<>();
    TreeSet<Instant> described = new TreeSet<>();
    for (ZoneOffsetTransitionRule rule : yearlyRules) {
      ZoneOffsetTransition first = rule.createTransition(fromYear);
      LocalDateTime onset = first.getDateTimeBefore();
      Optional<String> byDay = byDay(rule, onset, fromYear);
      if (byDay.isEmpty()) {
        return Optional.empty();
      }
      String rrule = "FREQ=YEARLY;BYMONTH=" + onset.getMonthValue() + ";" + byDay.get();
      for (LocalDateTime at : expand(onset, byDay.get(), toYear)) {
        described.add(at.toInstant(first.getOffsetBefore()));
      }
      lines.add("BEGIN:" + part(rules, first));
      lines.add("DTSTART:" + LOCAL.format(onset));
      lines.add("TZOFFSETFROM:" + offset(first.getOffsetBefore()));
      lines.add("TZOFFSETTO:" + offset(first.getOffsetAfter()));
      lines.add("RRULE:" + rrule);
      lines.add("END:" + part(rules, first));
    }
    TreeSet<Instant> actual = new TreeSet<>();
    transitions.forEach(t -> actual.add(t.getInstant()));
    return described.subSet(from, true, to, false).equals(actual)
        ? Optional.of(lines)
        : Optional.empty();
  }

  /**
   * The BYDAY (and BYMONTHDAY) of a yearly rule, on the local day its transition happens, which a
   * 24:00 or UTC time of day can move from the rule's own day; empty when no RRULE says it.
   */
  private static Optional<String> byDay(
      ZoneOffsetTransitionRule rule, LocalDateTime onset, int year) {
    Month month = rule.getMonth();
    int indicator = rule.getDayOfMonthIndicator();
    LocalDate nominal = nominal(rule, year);
    long shift = ChronoUnit.DAYS.between(nominal, onset.toLocalDate());
    if (onset.getMonth() != month) {
      return Optional.empty();
    }
    DayOfWeek dow = rule.getDayOfWeek();
    if (dow == null) {
      return Optional.of("BYMONTHDAY=" + onset.getDayOfMonth());
    }
    String day = dow.plus(shift).name().substring(0, 2);
    // The seven days the transition falls in: from the indicator on, or the seven days that end
    // on the indicated day counted from the month's end; moved as the time of day moves them.
    boolean fixedLength = month.minLength() == month.maxLength();
    int firstDay =
        (indicator > 0 ? indicator : month.maxLength() + indicator + 1 - 6) + (int) shift;
    if (indicator < 0 && !fixedLength) {
      return Optional.empty(); // the last week of February moves with leap years
    }
    if (firstDay < 1
        || firstDay + 6 > month.maxLength()
        || (!fixedLength && firstDay + 6 > month.minLength())) {
      return Optional.empty();
    }
    if ((firstDay - 1) % 7 == 0) {
      return Optional.of("BYDAY=" + ((firstDay - 1) / 7 + 1) + day);
    }
    if (fixedLength && firstDay + 6 == month.maxLength()) {
      return Optional.of("BYDAY=-1" + day);
    }
    List<String> days = new ArrayList<>();
    for (int d = firstDay; d < firstDay + 7; d++) {
      days.add(String.valueOf(d));
    }
    return Optional.of("BYMONTHDAY=" + String.join(",", days) + ";BYDAY=" + day);
  }

  /** The day a rule names in {@code year}, before its time of day moves it. */
  private static LocalDate nominal(ZoneOffsetTransitionRule rule, int year) {
    int indicator = rule.getDayOfMonthIndicator();
    LocalDate date =
        indicator < 0
            ? LocalDate.of(
                year,
                rule.getMonth(),
                rule.getMonth().length(LocalDate.of(year, 1, 1).isLeapYear()) + 1 + indicator)
            : LocalDate.of(year, rule.getMonth(), indicator);
    if (rule.getDayOfWeek() == null) {
      return date;
    }
    return indicator < 0
        ? date.with(TemporalAdjusters.previousOrSame(rule.getDayOfWeek()))
        : date.with(TemporalAdjusters.nextOrSame(rule.getDayOfWeek()));
  }

  /**
   * The local onsets a yearly RRULE of the forms above gives, from {@code onset} to {@code
   * endYear}.
   */
  static List<LocalDateTime> expand(LocalDateTime onset, String byDay, int endYear) {
    List<LocalDateTime> dates = new ArrayList<>();
    Map<String, String> parts = new LinkedHashMap<>();
    for (String part : byDay.split(";")) {
      String[] kv = part.split("=", 2);
      parts.put(kv[0], kv[1]);
    }
    for (int year = onset.getYear(); year <= endYear; year++) {
      LocalDate month = LocalDate.of(year, onset.getMonth(), 1);
      for (LocalDate d = month; d.getMonth() == month.getMonth(); d = d.plusDays(1)) {
        if (matches(d, parts)) {
          dates.add(d.atTime(onset.toLocalTime()));
        }
      }
    }
    return dates;
  }

  private static boolean matches(LocalDate date, Map<String, String> parts) {
    String monthDays = parts.get("BYMONTHDAY");
    if (monthDays != null
        && !List.of(monthDays.split(",")).contains(String.valueOf(date.getDayOfMonth()))) {
      return false;
    }
    String byDay = parts.get("BYDAY");
    if (byDay == null) {
      return true;
    }
    String weekday = byDay.substring(byDay.length() - 2);
    if (!date.getDayOfWeek().name().startsWith(weekday)) {
      return false;
    }
    String ordinal = byDay.substring(0, byDay.length() - 2);
    if (ordinal.isEmpty()) {
      return true;
    }
    int n = Integer.parseInt(ordinal);
    return n > 0
        ? (date.getDayOfMonth() - 1) / 7 + 1 == n
        : date.plusWeeks(1).getMonth() != date.getMonth();
  }

  /**
   * The real transitions, grouped by the change they make: an observance whose DTSTART is the first
   * and whose RDATEs are the others, after one for the offset the years begin with.
   */
  private static List<String> observed(
      ZoneRules rules, Instant from, List<ZoneOffsetTransition> transitions) {
    List<String> lines = new ArrayList<>();
    ZoneOffset initial = rules.getOffset(from);
    lines.add("BEGIN:" + (rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD"));
    lines.add("DTSTART:" + LOCAL.format(LocalDateTime.ofInstant(from, initial)));
    lines.add("TZOFFSETFROM:" + offset(initial));
    lines.add("TZOFFSETTO:" + offset(initial));
    lines.add("END:" + (rules.isDaylightSavings(from) ? "DAYLIGHT" : "STANDARD"));
    Map<String, List<ZoneOffsetTransition>> changes = new LinkedHashMap<>();
    for (ZoneOffsetTransition t : transitions) {
      String key = part(rules, t) + " " + t.getOffsetBefore() + " " + t.getOffsetAfter();
      changes.computeIfAbsent(key, k -> new ArrayList<>()).add(t);
    }
    for (List<ZoneOffsetTransition> change : changes.values()) {
      ZoneOffsetTransition first = change.get(0);
      lines.add("BEGIN:" + part(rules, first));
      lines.add("DTSTART:" + LOCAL.format(first.getDateTimeBefore()));
      lines.add("TZOFFSETFROM:" + offset(first.getOffsetBefore()));
      lines.add("TZOFFSETTO:" + offset(first.getOffsetAfter()));
      for (ZoneOffsetTransition t : change.subList(1, change.size())) {
        lines.add("RDATE:" + LOCAL.format(t.getDateTimeBefore()));
      }
      lines.add("END:" + part(rules, first));
    }
    return lines;
  }

  /** DAYLIGHT when the offset a transition goes to is daylight saving time, else STANDARD. */
  private static String part(ZoneRules rules, ZoneOffsetTransition transition) {
    return rules.isDaylightSavings(transition.getInstant()) ? "DAYLIGHT" : "STANDARD";
  }

  /** UTC offset as RFC 5545 writes it: {@code +0530}, {@code -0800}, seconds when there are any. */
  static String offset(ZoneOffset offset) {
    int seconds = offset.getTotalSeconds();
    int total = Math.abs(seconds);
    String text =
        String.format(Locale.ROOT, "%02d%02d", total / 3600, (total / 60) % 60)
            + (total % 60 == 0 ? "" : String.format(Locale.ROOT, "%02d", total % 60));
    return (seconds < 0 ? "-" : "+") + text;
  }
}
