package io.github.tagkit.model;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The leadership changes a day brings: each chair, tech lead and subproject lead whose term ended
 * before {@code today} moves to {@code emeritus_leads} of the same group, with name, handle,
 * company and the term they served, without their e-mail address; a leader with a renewal gets a
 * new term instead, from the day after the old one ended to the renewal's end. Made with {@link
 * TagFileEditor}, so the file changes only where a leader moved or was renewed. Rotating twice on
 * the same day changes nothing.
 */
public final class LeadershipRotation {
  private static final List<Role> ROTATED = Role.withTerms();

  private LeadershipRotation() {}

  /**
   * What rotating did: the edited file, a line per change, the renewals that matched no one.
   *
   * @param editor the editor holding the rotated file
   * @param changes a line for each leader moved or renewed
   * @param unusedRenewals the handles of renewals that matched no leader whose term ended
   */
  public record Result(TagFileEditor editor, List<String> changes, Set<String> unusedRenewals) {

    /**
     * Checks the components and keeps them in the forms the accessors promise.
     *
     * @param editor the editor holding the rotated file
     * @param changes a line for each leader moved or renewed
     * @param unusedRenewals the handles of renewals that matched no leader whose term ended
     */
    public Result {
      changes = List.copyOf(changes);
      unusedRenewals = Set.copyOf(unusedRenewals);
    }
  }

  /**
   * A renewed term: its last day, and its first when it is not the day after the old term ended (an
   * election held late: the website shows 2026-07-07 for a term that ended 2026-06-30).
   *
   * @param start the new term's first day; none for the day after the old one's last
   * @param end the new term's last day
   */
  public record Renewal(Optional<LocalDate> start, LocalDate end) {

    /**
     * Checks the components: a start after the end is refused.
     *
     * @param start the new term's first day; none for the day after the old one's last
     * @param end the new term's last day
     */
    public Renewal {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (start.isPresent() && start.get().isAfter(end)) {
        throw new IllegalArgumentException(
            "the renewed term starts " + start.get() + ", after its end " + end);
      }
    }
  }

  /**
   * {@return the renewals {@code spec} names: comma-separated {@code handle:YYYY-MM-DD} (the last
   * day of that leader's renewed term, which starts the day after the old one ended) or {@code
   * handle:YYYY-MM-DD:YYYY-MM-DD} (its first and last day); a leading {@code @} of the handle is
   * dropped}
   *
   * @param spec the renewals as a build's configuration writes them; empty or null for none
   * @throws IllegalArgumentException naming the entry that is neither form
   */
  public static Map<String, Renewal> renewals(String spec) {
    Map<String, Renewal> renewals = new LinkedHashMap<>();
    if (spec == null || spec.isBlank()) {
      return renewals;
    }
    for (String part : spec.split(",")) {
      String entry = part.strip();
      if (entry.isEmpty()) {
        continue;
      }
      String[] fields = entry.split(":", -1);
      if (fields.length < 2 || fields.length > 3 || fields[0].isBlank()) {
        throw new IllegalArgumentException(
            "'"
                + entry
                + "' is not handle:YYYY-MM-DD (the renewed term's last day) or"
                + " handle:YYYY-MM-DD:YYYY-MM-DD (its first and last day)");
      }
      String handle = fields[0].strip().replaceFirst("^@", "");
      LocalDate end = date(fields[fields.length - 1], entry);
      Optional<LocalDate> start =
          fields.length == 3 ? Optional.of(date(fields[1], entry)) : Optional.empty();
      try {
        renewals.put(handle, new Renewal(start, end));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("'" + entry + "': " + e.getMessage(), e);
      }
    }
    return renewals;
  }

  private static LocalDate date(String text, String entry) {
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + text + "' in '" + entry + "' is not a date (YYYY-MM-DD)", e);
    }
  }

  /**
   * Rotates the leaders of the file {@code editor} holds as of {@code today}; {@code renewals} maps
   * a GitHub handle to the end of that leader's renewed term.
   *
   * @param editor the editor of the metadata file
   * @param today the day terms are counted to
   * @param renewals the renewed terms, by the GitHub handle of their leader
   * @return the edited file, what changed, and the renewals that matched no one
   */
  public static Result rotate(
      TagFileEditor editor, LocalDate today, Map<String, Renewal> renewals) {
    Objects.requireNonNull(today, "today");
    TagRegistry registry = editor.registry();
    Set<String> unused = new LinkedHashSet<>(renewals.keySet());
    List<String> changes = new ArrayList<>();
    TagFileEditor edited = editor;
    for (GroupAt group : groups(registry)) {
      for (Role role : ROTATED) {
        List<Person> people = group.group().people(role);
        int moved = 0;
        for (int i = 0; i < people.size(); i++) {
          Person person = people.get(i);
          if (person.term().isEmpty() || !person.term().get().end().isBefore(today)) {
            continue;
          }
          Term term = person.term().get();
          String handle = person.github().map(String::strip).orElse("");
          String at = group.pointer() + "/leadership/" + role.key() + "/" + (i - moved);
          String who =
              person.name().orElse("@" + handle) + (handle.isEmpty() ? "" : " (@" + handle + ")");
          Renewal renewal = renewals.get(handle);
          if (renewal != null) {
            unused.remove(handle);
            LocalDate start = renewal.start().orElse(term.end().plusDays(1));
            edited =
                edited
                    .set(at + "/term/start", start.toString())
                    .set(at + "/term/end", renewal.end().toString());
            changes.add(
                group.group().name()
                    + ": renewed "
                    + role.title().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + who
                    + " for "
                    + start
                    + " to "
                    + renewal.end());
          } else {
            edited =
                edited.move(at, group.pointer() + "/leadership/emeritus_leads", List.of("email"));
            moved++;
            changes.add(
                group.group().name()
                    + ": "
                    + role.title().toLowerCase(java.util.Locale.ROOT)
                    + " "
                    + who
                    + " is emeritus, their term "
                    + term.start()
                    + " to "
                    + term.end()
                    + " ended");
          }
        }
      }
    }
    return new Result(edited, changes, unused);
  }

  private record GroupAt(Group group, String pointer) {}

  /** Every group of the file with the JSON pointer of its entry. */
  private static List<GroupAt> groups(TagRegistry registry) {
    List<GroupAt> groups = new ArrayList<>();
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (int t = 0; t < registry.tags().size(); t++) {
      Tag tag = registry.tags().get(t);
      String pointer = single ? "" : "/tags/" + t;
      groups.add(new GroupAt(tag, pointer));
      for (int s = 0; s < tag.subprojects().size(); s++) {
        groups.add(new GroupAt(tag.subprojects().get(s), pointer + "/tag_subprojects/" + s));
      }
    }
    for (int s = 0; s < registry.tocSubprojects().size(); s++) {
      groups.add(new GroupAt(registry.tocSubprojects().get(s), "/toc_subprojects/" + s));
    }
    return groups;
  }
}
