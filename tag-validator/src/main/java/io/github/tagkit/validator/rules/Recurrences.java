package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Meeting;
import io.github.tagkit.model.Recurrence;
import io.github.tagkit.validator.spi.LocatedGroup;
import java.time.format.TextStyle;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;

/** The structured meetings of a group, and their parts in words. */
final class Recurrences {
  private Recurrences() {}

  /** Each meeting of {@code group} with a recurrence, with the recurrence's JSON pointer. */
  static void each(LocatedGroup group, BiConsumer<String, Recurrence> action) {
    List<Meeting> meetings = group.group().meetings();
    for (int i = 0; i < meetings.size(); i++) {
      int index = i;
      meetings
          .get(i)
          .recurrence()
          .ifPresent(r -> action.accept(group.pointer() + "/meetings/" + index + "/recurrence", r));
    }
  }

  /** "Tuesday". */
  static String name(java.time.DayOfWeek day) {
    return day.getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  static String frequency(Recurrence recurrence) {
    return recurrence.frequency().name().toLowerCase(Locale.ROOT);
  }
}
