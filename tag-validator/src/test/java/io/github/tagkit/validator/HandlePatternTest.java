package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.Fuzz;
import io.github.tagkit.validator.internal.SchemaCheck;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AddLifecycleHook;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's GitHub handle pattern is written for speed (a length lookahead, then hyphen-joined
 * runs) and must accept exactly what GitHub's rule says: a letter or digit, then up to 38 letters,
 * digits or hyphens that are each followed by a letter or digit.
 */
@AddLifecycleHook(Fuzz.class)
class HandlePatternTest {
  private static final Pattern RULE =
      Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$");
  private static final Pattern SCHEMA =
      Pattern.compile(
          JsonMapper.shared()
              .readTree(SchemaCheck.resource())
              .at("/$defs/githubHandle/pattern")
              .asString());

  @Property(tries = 3000)
  void acceptsWhatTheRuleAccepts(@ForAll("handles") String handle) {
    assertThat(SCHEMA.matcher(handle).find()).as(handle).isEqualTo(RULE.matcher(handle).find());
  }

  @Provide
  Arbitrary<String> handles() {
    return Arbitraries.oneOf(
        Arbitraries.strings().withChars("aZ09--_. é\n").ofMaxLength(42),
        Arbitraries.strings().withChars("abc-").ofMinLength(36).ofMaxLength(42),
        Arbitraries.of("a", "-a", "a-", "a--b", "a-b-c", "x".repeat(39), "x".repeat(40)));
  }
}
