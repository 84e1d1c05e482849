package io.github.tagkit.model.internal;

import io.github.tagkit.model.Pointers;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.composer.Composer;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.ScannerImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Where every value of a YAML (or JSON) text stands, by JSON pointer: the key of a mapping's value,
 * the start of a list item, the start of the root. A node reached again through an alias is indexed
 * once, at its anchor, so a text of nested aliases costs no more than its own nodes.
 */
public final class SourceIndex {
  private static final LoadSettings SETTINGS =
      LoadSettings.builder().setParseComments(false).build();

  /** A line and column, both from 1. */
  public record Position(int line, int column) {
    static Position of(Optional<Mark> mark) {
      return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(null);
    }
  }

  private final Map<String, Position> positions = new HashMap<>();

  private SourceIndex() {}

  /** The index of {@code text}; empty when the text is not YAML (the reader says why). */
  public static SourceIndex of(String text) {
    SourceIndex index = new SourceIndex();
    try {
      new Composer(
              SETTINGS,
              new ParserImpl(SETTINGS, new ScannerImpl(SETTINGS, new StreamReader(SETTINGS, text))))
          .getSingleNode()
          .ifPresent(
              root -> {
                index.positions.put("", Position.of(root.getStartMark()));
                index.walk(root, "", Collections.newSetFromMap(new IdentityHashMap<>()));
              });
    } catch (YamlEngineException e) {
      index.positions.clear();
    }
    return index;
  }

  /** Where the value at {@code pointer} stands, or null when the text has no such value. */
  public Position position(String pointer) {
    return positions.get(pointer);
  }

  private void walk(Node node, String pointer, Set<Node> seen) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          String child = Pointers.child(pointer, key.getValue());
          positions.putIfAbsent(child, Position.of(key.getStartMark()));
          walk(tuple.getValueNode(), child, seen);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (int i = 0; i < sequence.getValue().size(); i++) {
        Node item = sequence.getValue().get(i);
        String child = Pointers.child(pointer, i);
        positions.putIfAbsent(child, Position.of(item.getStartMark()));
        walk(item, child, seen);
      }
    }
  }
}
