package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What SARIF reports say of tagkit and its rules beyond their descriptions: tagkit's version, and
 * each documented rule's why and fix from {@code docs/rules.md} (shipped in the jar) with a link to
 * its entry there; for a rule of a user's, the help and link the rule gives.
 */
final class RuleHelp {
  /** Where docs/rules.md is read on the web; each rule's entry is its id's anchor. */
  static final String DOCS = "https://github.com/tagkit/tagkit/blob/main/docs/rules.md";

  private static final Pattern ENTRY =
      Pattern.compile(
          "### `([^`]+)`\\n\\n- \\*\\*Default severity:\\*\\* \\w+\\n- \\*\\*Checks:\\*\\* .+\\n"
              + "- \\*\\*Why:\\*\\* (.+)\\n- \\*\\*Fix:\\*\\* (.+)\\n");

  /** A rule's help, in Markdown, and where it is documented. */
  record Help(String markdown, Optional<String> uri) {
    static Help documented(String id, String why, String fix) {
      return new Help("**Why:** " + why + "\n\n**Fix:** " + fix, Optional.of(DOCS + "#" + id));
    }

    /** The help as plain text: the Markdown without its code and emphasis marks. */
    String text() {
      return markdown.replace("`", "").replace("**", "").replace("\n\n", " ");
    }
  }

  private static final class Loaded {
    static final Map<String, Help> HELP = load();
    static final String VERSION = readVersion();
  }

  private RuleHelp() {}

  /**
   * The help of {@code rule}: its entry in the docs, else the help the rule gives; empty for a rule
   * with neither.
   */
  static Optional<Help> of(RuleInfo rule) {
    return Optional.ofNullable(Loaded.HELP.get(rule.id()))
        .or(() -> rule.help().map(markdown -> new Help(markdown, rule.helpUri())));
  }

  /** tagkit's version, as the build set it. */
  static String tagkitVersion() {
    return Loaded.VERSION;
  }

  private static String readVersion() {
    Properties properties = new Properties();
    try (InputStream in =
        RuleHelp.class.getResourceAsStream("/io/github/tagkit/validator/tagkit.properties")) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return properties.getProperty("version", "unknown");
  }

  private static Map<String, Help> load() {
    Map<String, Help> help = new HashMap<>();
    try (InputStream in =
        RuleHelp.class.getResourceAsStream("/io/github/tagkit/validator/rules.md")) {
      if (in == null) {
        return help;
      }
      Matcher entry = ENTRY.matcher(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      while (entry.find()) {
        help.put(entry.group(1), Help.documented(entry.group(1), entry.group(2), entry.group(3)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return help;
  }
}
