package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.Properties;
import io.github.tagkit.validator.internal.SchemaCheck;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema's GitHub handle pattern is written for speed (a length lookahead, then hyphen-joined
 * runs) and must accept exactly what GitHub's rule says: a letter or digit, then up to 38 letters,
 * digits or hyphens that are each followed by a letter or digit.
 */
class HandlePatternTest {
  private static final Pattern RULE =
      Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9]|-(?=[A-Za-z0-9])){0,38}$");
  private static final Pattern SCHEMA =
      Pattern.compile(
          JsonMapper.shared()
              .readTree(SchemaCheck.resource())
              .at("/$defs/githubHandle/pattern")
              .asString());

  @Test
  void acceptsWhatTheRuleAccepts() {
    Gen<String> handles =
        Gen.oneOf(
            Gen.strings("aZ09--_. é\n", 0, 42),
            Gen.strings("abc-", 36, 42),
            Gen.of("a", "-a", "a-", "a--b", "a-b-c", "x".repeat(39), "x".repeat(40)));
    Properties.forAll(
        3000,
        handles,
        handle ->
            assertThat(SCHEMA.matcher(handle).find())
                .as(handle)
                .isEqualTo(RULE.matcher(handle).find()));
  }
}
