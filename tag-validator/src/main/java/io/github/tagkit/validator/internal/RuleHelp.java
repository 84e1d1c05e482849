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
 * its entry there.
 */
final class RuleHelp {
  /** Where docs/rules.md is read on the web; each rule's entry is its id's anchor. */
  static final String DOCS = "https://github.com/tagkit/tagkit/blob/main/docs/rules.md";

  private static final Pattern ENTRY =
      Pattern.compile(
          "### `([^`]+)`\\n\\n- \\*\\*Default severity:\\*\\* \\w+\\n- \\*\\*Checks:\\*\\* .+\\n"
              + "- \\*\\*Why:\\*\\* (.+)\\n- \\*\\*Fix:\\*\\* (.+)\\n");

  /** A rule's why and fix, as the docs write them (Markdown). */
  record Help(String why, String fix) {
    String markdown() {
      return "**Why:** " + why + "\n\n**Fix:** " + fix;
    }

    String text() {
      return "Why: " + plain(why) + " Fix: " + plain(fix);
    }

    private static String plain(String markdown) {
      return markdown.replace("`", "").replace("**", "");
    }
  }

  private static final class Loaded {
    static final Map<String, Help> HELP = load();
    static final String VERSION = readVersion();
  }

  private RuleHelp() {}

  /** The documented help of {@code rule}; empty for a rule the docs do not describe. */
  static Optional<Help> of(RuleInfo rule) {
    return Optional.ofNullable(Loaded.HELP.get(rule.id()));
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
        help.put(entry.group(1), new Help(entry.group(2), entry.group(3)));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return help;
  }
}
