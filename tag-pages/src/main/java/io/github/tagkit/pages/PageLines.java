package io.github.tagkit.pages;

import io.github.tagkit.model.Contact;
import io.github.tagkit.model.Group;
import io.github.tagkit.model.LinkSchemes;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.SlackChannel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/** The Markdown lines both page styles write the same way, every value escaped. */
final class PageLines {
  private PageLines() {}

  /**
   * The group's leadership as every style lists it: each role the group has people in, in the
   * model's order, with its plural title and its people as {@code people} makes them, under {@code
   * key}.
   */
  static List<Map<String, Object>> roles(
      Group group, String key, Function<List<Person>, Object> people) {
    List<Map<String, Object>> roles = new ArrayList<>();
    for (Role role : Role.leadership()) {
      List<Person> in = group.people(role);
      if (!in.isEmpty()) {
        roles.add(Map.of("title", role.title() + "s", key, people.apply(in)));
      }
    }
    return roles;
  }

  /** The CNCF's Slack workspace, where a channel is unless the metadata names another. */
  private static final String CNCF_SLACK = "https://cloud-native.slack.com";

  /** The workspace a channel is in: its {@code slack_workspace}, else the CNCF's. */
  static String workspace(SlackChannel slack) {
    return slack.workspaceUrl().orElse(CNCF_SLACK);
  }

  /**
   * "Name (**[@handle](https://github.com/handle)**), Company (Term: start - end)"; the company and
   * term only {@code withDetails}; the name alone for a person without a handle.
   */
  static String person(Person person, boolean withDetails) {
    Optional<String> handle = person.github().map(String::strip);
    String link = handle.map(h -> "**[@" + h + "](https://github.com/" + h + ")**").orElse("");
    StringBuilder line = new StringBuilder();
    if (person.name().isPresent()) {
      line.append(MarkdownEscapes.text(person.name().get().strip()));
      if (!link.isEmpty()) {
        line.append(" (").append(link).append(')');
      }
    } else {
      line.append(link.isEmpty() ? "(unnamed)" : link);
    }
    if (withDetails) {
      person.company().ifPresent(c -> line.append(", ").append(MarkdownEscapes.inline(c.strip())));
      person
          .term()
          .ifPresent(
              t ->
                  line.append(" (Term: ")
                      .append(t.start())
                      .append(" - ")
                      .append(t.end())
                      .append(')'));
    }
    return line.toString();
  }

  /**
   * "[Mailing List](url)", with the address and archives when the metadata has them; a list known
   * by its address alone links {@code mailto:}.
   */
  static Optional<String> mailingList(Contact contact) {
    return contact
        .mailingListDetails()
        .flatMap(
            list -> {
              Optional<String> url =
                  list.url().or(() -> list.address().map(a -> "mailto:" + a.strip()));
              if (url.isEmpty()) {
                return list.archivesUrl().map(a -> link("Mailing List Archives", a));
              }
              StringBuilder line = new StringBuilder(link("Mailing List", url.get()));
              if (list.url().isPresent()) {
                list.address()
                    .ifPresent(
                        a -> line.append(" (").append(MarkdownEscapes.inline(a)).append(')'));
              }
              list.archivesUrl().ifPresent(a -> line.append(" | ").append(link("Archives", a)));
              return Optional.of(line.toString());
            });
  }

  /** "[text](url)", both escaped. */
  static String link(String text, String url) {
    if (!LinkSchemes.safe(url)) {
      return MarkdownEscapes.inline(text); // shown, not linked
    }
    return "[" + MarkdownEscapes.inline(text) + "](" + MarkdownEscapes.url(url.strip()) + ")";
  }
}
