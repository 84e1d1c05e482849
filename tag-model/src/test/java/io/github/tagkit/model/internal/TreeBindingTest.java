package io.github.tagkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.Fuzz;
import io.github.tagkit.model.testing.ProjectFiles;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * {@link TreeBinding} binds a tree exactly as Jackson does, or leaves it to Jackson: on the real
 * files and on thousands of damaged copies, every tree it binds is equal to Jackson's binding, and
 * it never binds a tree Jackson refuses.
 */
class TreeBindingTest {
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Sources of the fixtures: see src/test/resources/README.md. */
  private static final List<String> FIXTURES =
      List.of(
          "examples/cncf-toc/tags.yaml",
          "tag-model/src/test/resources/model/every-field.yaml",
          "tag-model/src/test/resources/model/registry-shapes.yaml");

  /** What a damaged value becomes: every kind of node, and the near misses of each value type. */
  private static final List<JsonNode> REPLACEMENTS =
      List.of(
          NODES.nullNode(),
          NODES.stringNode(""),
          NODES.stringNode(" "),
          NODES.stringNode("text"),
          NODES.stringNode("42"),
          NODES.numberNode(0),
          NODES.numberNode(42),
          NODES.numberNode(-1),
          NODES.numberNode(3_000_000_000L),
          NODES.numberNode(1.5),
          NODES.booleanNode(true),
          NODES.arrayNode(),
          NODES.arrayNode().add("a"),
          NODES.arrayNode().addNull(),
          NODES.objectNode(),
          NODES.objectNode().put("x", 1),
          NODES.stringNode("2025-02-03"),
          NODES.stringNode("2025-02-30"),
          NODES.stringNode("2025-2-3"),
          NODES.stringNode("2025-02-03T10:00:00Z"),
          NODES.stringNode("09:30"),
          NODES.stringNode("9:30"),
          NODES.stringNode("24:00"),
          NODES.stringNode("23:59"),
          NODES.stringNode("10:60"),
          NODES.stringNode("1a:30"),
          NODES.stringNode("MONDAY"),
          NODES.stringNode("monday"),
          NODES.stringNode(" monday"),
          NODES.stringNode("Mon"),
          NODES.stringNode("1"),
          NODES.stringNode("weekly"),
          NODES.stringNode("Biweekly"),
          NODES.stringNode("\u0131weekly"));

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void realFilesAreBoundHereAndEqualJacksonsBinding(boolean strict) throws IOException {
    for (String fixture : FIXTURES) {
      JsonNode tree = YAML.readTree(text(fixture));
      TagRegistry bound = TreeBinding.read((ObjectNode) tree, strict);
      assertThat(bound)
          .as(fixture)
          .isNotNull()
          .isEqualTo(jackson(strict).readWithJackson((ObjectNode) tree, null, fixture));
    }
  }

  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void damagedTreesAreBoundAsJacksonBindsThemOrLeftToIt(boolean strict) throws IOException {
    Random random = new Random(strict ? 20261125 : 1125);
    List<JsonNode> bases = new ArrayList<>();
    for (String fixture : FIXTURES) {
      bases.add(YAML.readTree(text(fixture)));
    }
    Outcomes outcomes = new Outcomes(strict);
    for (int run = 0; run < Fuzz.scale(3000); run++) {
      JsonNode tree = bases.get(random.nextInt(bases.size())).deepCopy();
      int damages = 1 + random.nextInt(3);
      List<String> done = new ArrayList<>();
      for (int i = 0; i < damages; i++) {
        done.add(damage(tree, random));
      }
      outcomes.compare(tree, "after " + done);
    }
    // the comparison is not empty: many damaged trees are still bound here, many are refused
    assertThat(outcomes.bound).isGreaterThan(300);
    assertThat(outcomes.refusedByJackson).isGreaterThan(1000);
  }

  /** Every value of the file with every key, one at a time: replaced by each kind, or removed. */
  @ParameterizedTest
  @ValueSource(booleans = {false, true})
  void everySingleDamageOfTheFileWithEveryKey(boolean strict) throws IOException {
    JsonNode base = YAML.readTree(text("tag-model/src/test/resources/model/every-field.yaml"));
    List<String> places = new ArrayList<>();
    places(base, "", places);
    Outcomes outcomes = new Outcomes(strict);
    for (String place : places) {
      int slash = place.lastIndexOf('/');
      String parent = place.substring(0, slash);
      String name = place.substring(slash + 1);
      for (int kind = -1; kind < REPLACEMENTS.size(); kind++) {
        JsonNode tree = base.deepCopy();
        JsonNode container = tree.at(parent);
        if (container instanceof ObjectNode object) {
          if (kind < 0) {
            object.remove(name);
          } else {
            object.set(name, REPLACEMENTS.get(kind).deepCopy());
          }
        } else if (kind >= 0) {
          ((ArrayNode) container).set(Integer.parseInt(name), REPLACEMENTS.get(kind).deepCopy());
        } else {
          ((ArrayNode) container).remove(Integer.parseInt(name));
        }
        outcomes.compare(tree, place + (kind < 0 ? " removed" : " = " + REPLACEMENTS.get(kind)));
      }
    }
    assertThat(places).hasSizeGreaterThan(80);
    assertThat(outcomes.bound).isGreaterThan(places.size());
    assertThat(outcomes.refusedByJackson).isGreaterThan(places.size() * 10);
  }

  /** The pointer of every value below {@code node}. */
  private static void places(JsonNode node, String pointer, List<String> places) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String place = pointer + "/" + entry.getKey();
        places.add(place);
        places(entry.getValue(), place, places);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        places.add(pointer + "/" + i);
        places(node.get(i), pointer + "/" + i, places);
      }
    }
  }

  private static JacksonCodec jackson(boolean strict) {
    return strict ? JacksonCodec.STRICT : JacksonCodec.LENIENT;
  }

  /** Binds trees both ways, holds a tree bound here to Jackson's binding, and counts. */
  private static final class Outcomes {
    private final boolean strict;
    int bound;
    int refusedByJackson;

    Outcomes(boolean strict) {
      this.strict = strict;
    }

    void compare(JsonNode tree, String what) {
      TagRegistry expected;
      try {
        expected = jackson(strict).readWithJackson((ObjectNode) tree, null, "t.yaml");
      } catch (TagFileException e) {
        expected = null;
        refusedByJackson++;
      }
      TagRegistry actual = TreeBinding.read((ObjectNode) tree, strict);
      if (actual != null) {
        bound++;
        assertThat(actual).as(what).isEqualTo(expected);
      }
    }
  }

  /** Replaces, removes or adds one value somewhere in the tree; says what it did. */
  private static String damage(JsonNode tree, Random random) {
    List<JsonNode> containers = new ArrayList<>();
    collect(tree, containers);
    JsonNode container = containers.get(random.nextInt(containers.size()));
    if (container instanceof ObjectNode object) {
      List<String> keys = new ArrayList<>();
      object.propertyNames().forEach(keys::add);
      int action = random.nextInt(10);
      if (keys.isEmpty() || action == 0) {
        String key = random.nextBoolean() ? "unknown_key" : "name";
        object.set(key, pick(random));
        return "set " + key;
      }
      String key = keys.get(random.nextInt(keys.size()));
      if (action == 1) {
        object.remove(key);
        return "removed " + key;
      }
      object.set(key, pick(random));
      return "replaced " + key + " with " + object.get(key);
    }
    ArrayNode array = (ArrayNode) container;
    if (array.isEmpty()) {
      array.add(pick(random));
      return "added to a list";
    }
    int index = random.nextInt(array.size());
    array.set(index, pick(random));
    return "replaced entry " + index + " with " + array.get(index);
  }

  private static JsonNode pick(Random random) {
    return REPLACEMENTS.get(random.nextInt(REPLACEMENTS.size())).deepCopy();
  }

  private static void collect(JsonNode node, List<JsonNode> containers) {
    if (node.isObject() || node.isArray()) {
      containers.add(node);
      if (node.isObject()) {
        for (Map.Entry<String, JsonNode> entry : node.properties()) {
          collect(entry.getValue(), containers);
        }
      } else {
        node.forEach(child -> collect(child, containers));
      }
    }
  }

  private static String text(String file) {
    return ProjectFiles.text(file);
  }
}
