package io.github.tagkit.validator.rules;

import io.github.tagkit.validator.spi.Rule;
import java.util.List;

/**
 * The governance rules tagkit ships, written against the rule API like any other rule. Not API: the
 * classes may change; their ids do not.
 */
public final class BuiltInRules {
  private BuiltInRules() {}

  /**
   * Every built-in rule, in the order their findings are made; {@code term-ending-soon} warns
   * {@code expiryWarningDays} before a term ends.
   */
  public static List<Rule> create(int expiryWarningDays) {
    return List.of(
        new RequireChairs(),
        new RequireTocLiaison(),
        new RequireMeetings(),
        new RequireRecordings(),
        new SubprojectMinLeads(),
        new RequireLeaderHandle(),
        new RequireLeaderName(),
        new DuplicatePerson(),
        new InconsistentPerson(),
        InconsistentPerson.email(),
        new TermMissing(),
        new TermStartAfterEnd(),
        new TermTooLong(),
        new TermExpired(),
        new TermEndingSoon(expiryWarningDays),
        new PlaceholderText(),
        new InvisibleCharacter(),
        new LinkScheme(),
        new SentenceInName(),
        new LabelMatchesDir(),
        new UniqueDirAndLabel(),
        new TimeZoneId(),
        new AmbiguousTimeZone(),
        new RequireStartDate(),
        new StartDateOnDay(),
        new FifthWeekOfMonth(),
        new MeetingTimeAtClockChange(),
        new RequireCharter(),
        new LocalPathExists(),
        new LabelExists());
  }
}
