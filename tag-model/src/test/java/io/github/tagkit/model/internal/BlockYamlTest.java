package io.github.tagkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.MetadataDocument.Position;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.testing.Gen;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.model.testing.Properties;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.snakeyaml.engine.v2.nodes.Tag;
import org.snakeyaml.engine.v2.resolver.JsonScalarResolver;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * The fast reader of block-style YAML against Jackson's reading, which stays the reference: on
 * every text the fast reader takes, the tree, every key's and value's position and the problems
 * must be the ones Jackson's reading gives; everything else it must leave to Jackson.
 */
class BlockYamlTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\nb: two\n",
        "a: 1",
        "---\na: 1\n",
        "--- # the metadata\n\n# about\na: 1\n",
        "a:\n  b:\n    c: deep\n  d: 4\ne: 5\n",
        "a:\n- 1\n- 2\nb: 3\n",
        "a:\n  - x: 1\n    y: 2\n  -   z: 3\n",
        "- a\n- b: 1\n  c: 2\n-\n- \n  d: 4\n",
        "a:\nb:\n  # nothing\nc: # nothing either\n",
        "a: 'it''s'\nb: \"say \\\"hi\\\"\\n\\t\\\\/\"\nc: ''\nd: \"\"\n",
        "'quoted key': 1\n\"double\" : 2\nspaced key   : 3\n",
        "a: x # comment\nb: x#y\nc: http://example.com/a?b=c#d\nd: a:b\ne: -x\nf: :y\ng: ?z\n",
        "a: true\nb: false\nc: True\nd: null\ne: Null\nf: ~\ng: 0\nh: -12\ni: 007\nj: 1_000\n",
        "a: 2025-07-01\nb: 14:00\nc: ${HOME}\nd: 1.5\ne: .inf\nf: 1e3\n",
        "a: 123456789012345678\nb: 1234567890123456789\nc: 99999999999999999999\n",
        "a: x   \nb: x  y  \n",
        "a: é ü ñ 日本\nb: \"ü\"\n",
        "a: 1\r\nb:\r\n  - x\r\n  - y\r\n",
        "a: >\n  folded\n  text\n\n  para\nb: |\n  literal\n   indented\n\n  end\n",
        "a: >-\n  strip\nb: |+\n  keep\n\n\nc: |\n  clip\n\n",
        "a: >\n  more\n    indented\n  back\nb: >\n\n  leading empty\n",
        "- |\n  item\n- >\n  folded item\n",
        "a: |\n  no final newline",
        "a: |\nb: 1\n",
        "a: >\n  text\n  # not a comment\n# a comment\nb: 1\n",
        "  a: 1\n  b: 2\n",
        "a: 1\n...\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: [1, 2]\n",
        "a: {b: 1}\n",
        "a: &x 1\nb: *x\n",
        "a: !tag 1\n",
        "a: |2\n  text\n",
        "a: multi\n  line\n",
        "a: 'multi\n  line'\n",
        "a: \"\\u00e9\"\n",
        "a:\tb\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "a: - b\n",
        "- - a\n",
        "a: 1\n  b: 2\n",
        "a:\n  b: 1\n c: 2\n",
        "just a scalar\n",
        "a: \"unterminated\n",
        "a: 'x' y\n",
        "a: @x\n",
        "a: 🚀\n",
        "a: 1\n\u2028b: 2\n",
        "? a\n: 1\n",
      })
  void readsLikeJackson(String yaml) {
    assertSameAsJackson(yaml);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "a: 1\n...\n",
        "a: 1\n---\nb: 2\n",
        "%YAML 1.2\n---\na: 1\n",
        "a: [1, 2]\n",
        "a: &x 1\nb: *x\n",
        "a: |2\n  text\n",
        "a: multi\n  line\n",
        "a:\tb\n",
        "a: 1\na: 2\n",
        "a: b: c\n",
        "just a scalar\n",
        "a: 🚀\n",
        "a: 12345678901234567890\n",
      })
  void leavesToJacksonWhatItDoesNotHandle(String yaml) {
    assertThat(fastReads(yaml)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "examples/cncf-toc/tags.yaml",
        "tag-model/src/test/resources/model/every-field.yaml"
      })
  void readsRealMetadataItself(String file) {
    String yaml = ProjectFiles.text(file);
    assertThat(fastReads(yaml)).isTrue();
    assertSameAsJackson(yaml);
  }

  @Test
  void declinesWhatGoesBeyondTheLimits() {
    ReadLimits shallow = new ReadLimits(2, 10);
    assertThat(BlockYaml.read("a:\n  b:\n    c: 1\n", shallow, new PositionIndex())).isNull();
    assertThat(BlockYaml.read("a: 12345678901\n", shallow, new PositionIndex())).isNull();
    assertThat(BlockYaml.read("a:\n  b: 1234567890\n", shallow, new PositionIndex())).isNotNull();
  }

  @Test
  void typesPlainScalarsLikeSnakeyamlsJsonResolver() {
    Properties.forAll(2000, plainScalars(), BlockYamlTest::typesLikeSnakeyamlsJsonResolver);
  }

  private static void typesLikeSnakeyamlsJsonResolver(String text) {
    Tag tag = new JsonScalarResolver().resolve(text, true);
    JsonNode expected =
        tag == Tag.NULL
            ? JsonNodeFactory.instance.nullNode()
            : tag == Tag.BOOL
                ? JsonNodeFactory.instance.booleanNode(text.equals("true"))
                : tag == Tag.INT && text.length() <= 18
                    ? wholeNumber(Long.parseLong(text))
                    : tag == Tag.INT
                        ? null // declined: Jackson reads these as big integers
                        : tag == Tag.FLOAT
                            ? decimal(text) // declined when infinite or not a number
                            : JsonNodeFactory.instance.stringNode(text);
    JsonNode typed;
    try {
      typed = BlockYaml.plain(text);
    } catch (RuntimeException declined) {
      typed = null;
    }
    assertThat(typed).as(text).isEqualTo(expected);
  }

  private static Gen<String> plainScalars() {
    return Gen.oneOf(
        Gen.strings("-+.0123456789eE_xob", 1, 22),
        Gen.of(
            "null",
            "Null",
            "NULL",
            "nul",
            "nulls",
            "true",
            "True",
            "TRUE",
            "false",
            "False",
            "truex",
            "f",
            "t",
            "n",
            ".inf",
            "-.inf",
            ".nan",
            ".NaN",
            "${HOME}",
            "$x",
            "~",
            "0x1F",
            "0o17",
            "1_000",
            "2025-07-01",
            "14:00",
            "1e3",
            "-0",
            "+1",
            "00",
            "01"),
        Gen.strings(Gen.ALPHANUMERIC, 1, 8));
  }

  @Test
  void agreesWithJacksonWheneverItReadsAText() {
    AtomicInteger tries = new AtomicInteger();
    AtomicInteger fastReads = new AtomicInteger();
    Properties.forAll(
        1000,
        Gen.fromRandom(random -> new Writer(random).document()),
        yaml -> {
          tries.incrementAndGet();
          if (fastReads(yaml)) {
            fastReads.incrementAndGet();
            assertSameAsJackson(yaml);
          }
        });
    // The documents exercise the block reader, not only its declining.
    assertThat(fastReads.get() * 100 / tries.get())
        .as("percent read by the block reader")
        .isGreaterThan(25);
  }

  private static JsonNode decimal(String text) {
    try {
      return JsonNodeFactory.instance.numberNode(new java.math.BigDecimal(text));
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A whole number as Jackson's parsers type it: an int when it fits, else a long. */
  private static JsonNode wholeNumber(long value) {
    return value == (int) value
        ? JsonNodeFactory.instance.numberNode((int) value)
        : JsonNodeFactory.instance.numberNode(value);
  }

  private static boolean fastReads(String yaml) {
    return BlockYaml.read(yaml, ReadLimits.DEFAULT, new PositionIndex()) != null;
  }

  /** The same tree, problems and position of every key and value as Jackson's reading gives. */
  private static void assertSameAsJackson(String yaml) {
    byte[] bytes = yaml.getBytes(StandardCharsets.UTF_8);
    LocatedText fast = LocatedText.parse(bytes, ReadLimits.DEFAULT, true);
    LocatedText jackson = LocatedText.parse(bytes, ReadLimits.DEFAULT, false);
    assertThat(fast.root()).as(yaml).isEqualTo(jackson.root());
    assertThat(fast.problems()).as(yaml).isEqualTo(jackson.problems());
    Map<String, Position> fastPositions = new HashMap<>();
    Map<String, Position> jacksonPositions = new HashMap<>();
    List<String> asked = new ArrayList<>();
    for (String pointer : pointers(jackson.root().orElse(null))) {
      asked.add(pointer);
      asked.add(pointer + "/absent");
      asked.add(pointer + "/1");
      asked.add(pointer + "/01");
    }
    for (String pointer : asked) {
      fastPositions.put(pointer + " key", fast.position(pointer));
      fastPositions.put(pointer + " value", fast.valuePosition(pointer));
      jacksonPositions.put(pointer + " key", jackson.position(pointer));
      jacksonPositions.put(pointer + " value", jackson.valuePosition(pointer));
    }
    assertThat(fastPositions).as(yaml).isEqualTo(jacksonPositions);
  }

  private static List<String> pointers(JsonNode root) {
    List<String> pointers = new ArrayList<>();
    if (root != null) {
      collect(root, "", pointers);
    }
    return pointers;
  }

  private static void collect(JsonNode node, String pointer, List<String> pointers) {
    pointers.add(pointer);
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        collect(entry.getValue(), pointer + "/" + Pointers.escape(entry.getKey()), pointers);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, pointers);
      }
    }
  }

  /**
   * Writes random YAML shaped like metadata, with the variations of layout that YAML allows and
   * characters that mean something to it, then sometimes damages it a character at a time.
   */
  private static final class Writer {
    private static final String[] KEYS = {
      "name",
      "dir",
      "a b",
      "'quoted'",
      "\"double\"",
      "key ",
      "-dash",
      "x:y",
      "true",
      "1",
      "null",
      "'it''s'",
      "\"a\\\"b\"",
      "#no",
      "&a",
      "ü",
      "k",
      "name"
    };
    private static final String[] SCALARS = {
      "text",
      "two words",
      "a: b",
      "a #comment",
      "a#b",
      "http://x.io/a?b=c#d",
      "-1",
      "0",
      "007",
      "1.5",
      "1e3",
      ".inf",
      "true",
      "True",
      "false",
      "null",
      "Null",
      "~",
      "''",
      "\"\"",
      "'it''s'",
      "\"esc \\\" \\\\ \\n \\t\"",
      "\"\\u00e9\"",
      "\"open",
      "[a, b]",
      "{a: 1}",
      "&anchor x",
      "*alias",
      "!tag x",
      "%x",
      "@x",
      "`x`",
      "- x",
      "? x",
      ":x",
      "-x",
      "é ü",
      "🚀",
      "12345678901234567890",
      "123456789012345678",
      "${ENV}",
      "2025-07-01",
      "14:00",
      "a  b  ",
      "a\tb",
      "x,y",
      "x]",
      "'multi",
      ",x",
      "]x",
      "}x",
      "|x",
      ">x",
      "\"x\" y",
      "'x'#c",
      "a:"
    };
    private static final String[] ORDINARY_KEYS = {
      "name",
      "dir",
      "email",
      "github",
      "start",
      "end",
      "chairs",
      "tech_leads",
      "term",
      "url",
      "mission_statement",
      "slack_channel",
      "meetings",
      "time_zone"
    };
    private static final String[] ORDINARY = {
      "Chair 0",
      "tag-example",
      "https://github.com/cncf/toc",
      "\"2025-07-01\"",
      "Example Co",
      "a sentence, with a comma",
      "'quoted text'",
      "42",
      "true",
      "UTC",
      "'#channel'"
    };
    private static final String NOISE = "  :-#'\"\n\t[]{}&*!|>%@`?,\r\\0aé🚀";

    private final Random random;
    private final String lineEnd;
    private final StringBuilder out = new StringBuilder();

    Writer(Random random) {
      this.random = random;
      this.lineEnd = random.nextInt(10) == 0 ? "\r\n" : "\n";
    }

    String document() {
      if (chance(10)) {
        out.append(chance(2) ? "---" : "--- # start").append(lineEnd);
      }
      if (chance(5)) {
        out.append("# leading comment").append(lineEnd).append(lineEnd);
      }
      int indent = chance(10) ? 2 : 0;
      if (chance(5)) {
        sequence(indent, 0);
      } else {
        mapping(indent, 0);
      }
      if (chance(30)) {
        out.append("...").append(lineEnd);
      }
      String text = out.toString();
      if (chance(5) && text.endsWith(lineEnd)) {
        text = text.substring(0, text.length() - lineEnd.length());
      }
      if (chance(3)) {
        for (int edits = 1 + random.nextInt(2); edits > 0; edits--) {
          text = damage(text);
        }
      }
      return text;
    }

    private String damage(String text) {
      int at = text.isEmpty() ? 0 : random.nextInt(text.length());
      String noise = String.valueOf(NOISE.charAt(random.nextInt(NOISE.length())));
      return switch (random.nextInt(3)) {
        case 0 -> text.substring(0, at) + noise + text.substring(at);
        case 1 -> text.isEmpty() ? text : text.substring(0, at) + text.substring(at + 1);
        default -> text.isEmpty() ? noise : text.substring(0, at) + noise + text.substring(at + 1);
      };
    }

    private void mapping(int indent, int depth) {
      int entries = 1 + random.nextInt(4);
      for (int i = 0; i < entries; i++) {
        extraLines(indent);
        out.append(" ".repeat(indent)).append(key()).append(':');
        value(indent, depth);
      }
    }

    private void sequence(int indent, int depth) {
      int items = 1 + random.nextInt(4);
      for (int i = 0; i < items; i++) {
        extraLines(indent);
        out.append(" ".repeat(indent)).append('-');
        int kind = random.nextInt(depth > 3 ? 2 : 5);
        switch (kind) {
          case 0 -> scalarLine();
          case 1 -> {
            out.append(' ');
            block(indent);
          }
          case 2 -> {
            int gap = 1 + (chance(4) ? random.nextInt(3) : 0);
            out.append(" ".repeat(gap)).append(key()).append(':');
            value(indent + 1 + gap, depth + 1);
            if (chance(2)) {
              mapping(indent + 1 + gap, depth + 1);
            }
          }
          case 3 -> {
            out.append(lineEnd);
            mapping(indent + step(), depth + 1);
          }
          default -> out.append(chance(2) ? " - nested" : "").append(lineEnd);
        }
      }
    }

    private void value(int indent, int depth) {
      int kind = random.nextInt(depth > 3 ? 3 : 7);
      switch (kind) {
        case 0, 1 -> scalarLine();
        case 2 -> out.append(chance(3) ? " # empty" : "").append(lineEnd);
        case 3 -> {
          out.append(' ');
          block(indent);
        }
        case 4 -> {
          out.append(lineEnd);
          mapping(indent + step(), depth + 1);
        }
        case 5 -> {
          out.append(lineEnd);
          sequence(chance(2) ? indent : indent + step(), depth + 1);
        }
        default -> {
          out.append(lineEnd).append(" ".repeat(indent + step())).append(pick(SCALARS));
          out.append(lineEnd);
        }
      }
    }

    private void scalarLine() {
      out.append(' ').append(chance(3) ? pick(SCALARS) : pick(ORDINARY));
      if (chance(6)) {
        out.append(chance(2) ? " # note" : "   ");
      }
      out.append(lineEnd);
    }

    private void block(int indent) {
      out.append(chance(2) ? '|' : '>');
      out.append(chance(3) ? "" : chance(2) ? "-" : "+");
      out.append(chance(8) ? " # header" : "").append(lineEnd);
      int inner = indent + step();
      int lines = random.nextInt(5);
      for (int i = 0; i < lines; i++) {
        int kind = random.nextInt(6);
        if (kind == 0) {
          out.append(lineEnd);
        } else if (kind == 1) {
          out.append(" ".repeat(inner + 2)).append("more indented").append(lineEnd);
        } else if (kind == 2) {
          out.append(" ".repeat(random.nextInt(inner + 3))).append(lineEnd);
        } else {
          out.append(" ".repeat(inner)).append(pick(SCALARS)).append(lineEnd);
        }
      }
    }

    private void extraLines(int indent) {
      if (chance(8)) {
        out.append(lineEnd);
      }
      if (chance(8)) {
        out.append(" ".repeat(random.nextInt(indent + 3))).append("# comment").append(lineEnd);
      }
    }

    private String key() {
      return chance(4) ? pick(KEYS) : pick(ORDINARY_KEYS);
    }

    private int step() {
      return 1 + random.nextInt(4);
    }

    private boolean chance(int oneIn) {
      return random.nextInt(oneIn) == 0;
    }

    private String pick(String[] values) {
      return values[random.nextInt(values.length)];
    }
  }
}
