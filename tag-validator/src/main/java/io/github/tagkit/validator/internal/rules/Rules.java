package io.github.tagkit.validator.internal.rules;

import io.github.tagkit.validator.internal.Rule;
import java.util.List;

/** Every governance rule, in the order their findings are made. */
public final class Rules {
  private Rules() {}

  public static final List<Rule> ALL =
      List.of(
          new RequireChairs(),
          new RequireTocLiaison(),
          new RequireMeetings(),
          new RequireRecordings(),
          new SubprojectMinLeads(),
          new RequireLeaderHandle(),
          new RequireLeaderName(),
          new DuplicatePerson(),
          new ConsistentPersonName(),
          new TermStartAfterEnd(),
          new TermTooLong(),
          new TermExpired(),
          new TermEndingSoon(),
          new PlaceholderText(),
          new LabelMatchesDir(),
          new UniqueDirAndLabel(),
          new TimeZoneId(),
          new AmbiguousTimeZone(),
          new Charters(),
          new PagesUpToDate());
}
