package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Role;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.regex.Pattern;

/**
 * A {@code name}, of a group or a person, that holds a sentence: an instruction left in a template
 * ("Please add the subproject's name here."), or a description where the name belongs. Other
 * messages then name it by its first words only ({@link Leaders#shown}).
 */
final class SentenceInName extends BaseRule {
  /** Sentence punctuation: a full stop, question or exclamation mark, then a space or the end. */
  private static final Pattern SENTENCE_END = Pattern.compile("[.?!](\\s|$)");

  private static final int MANY_WORDS = 8;

  SentenceInName() {
    super(
        "sentence-in-name",
        Severity.WARNING,
        "A group's or person's name holds a sentence rather than a name.");
  }

  /** Whether {@code name} reads as a sentence: many words, or words ending a sentence. */
  static boolean isSentence(String name) {
    String text = name.strip();
    int words = text.isEmpty() ? 0 : text.split("\\s+").length;
    boolean initials = text.matches("(?:\\p{L}\\.\\s?)+\\p{L}*.*") && words <= 4;
    return words >= MANY_WORDS || (words >= 4 && !initials && SENTENCE_END.matcher(text).find());
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      report(group.group().name(), group.pointer() + "/name", findings);
      for (Role role : Role.values()) {
        for (var person : group.people(role)) {
          person
              .value()
              .name()
              .ifPresent(name -> report(name, person.pointer() + "/name", findings));
        }
      }
    }
  }

  private static void report(String name, String pointer, FindingSink findings) {
    if (isSentence(name)) {
      findings.report(
          pointer,
          "'name' holds a sentence ('"
              + Leaders.shown(name)
              + "'), not a name; put the name here, and the text in the description or a comment");
    }
  }
}
