package io.github.tagkit.validator.rules;

import io.github.tagkit.model.InvisibleCharacters;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.util.OptionalInt;

/**
 * A value that holds a character no reader can see: a bidirectional override or isolate, another
 * format or control character, a line separator ({@link InvisibleCharacters}). Pages show the value
 * without it; the metadata should not hold it.
 */
final class InvisibleCharacter extends BaseRule {
  InvisibleCharacter() {
    super(
        "invisible-character",
        Severity.ERROR,
        "A value holds a character no reader can see, such as a bidirectional override.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    TextValues.each(
        context.root(),
        (parent, key, text) -> {
          OptionalInt first = InvisibleCharacters.first(text);
          if (first.isPresent()) {
            long count = text.codePoints().filter(InvisibleCharacters::invisible).count();
            String pointer = parent.isEmpty() && key.isEmpty() ? "" : Pointers.child(parent, key);
            findings.report(
                pointer,
                (pointer.isEmpty() ? "the value" : "'" + key + "'")
                    + " holds "
                    + InvisibleCharacters.name(first.getAsInt())
                    + (count > 1 ? " and " + (count - 1) + " more such character(s)" : "")
                    + ", which no reader can see and which can make the text read differently"
                    + " from what it holds; remove it");
          }
        });
  }
}
