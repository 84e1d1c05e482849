package io.github.tagkit.model.internal;

import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.internal.SourcePositions.Position;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Where every value of a YAML (or JSON) text stands, by JSON pointer: the key of a mapping's value,
 * the start of a list item, the start of the root; for the export, which names a line for every
 * value ({@link SourcePositions} finds one pointer for a message). A node reached again through an
 * alias is indexed once, at its anchor, so a text of nested aliases costs no more than its own
 * nodes.
 */
public final class SourceIndex {
  private final Map<String, Position> positions = new HashMap<>();

  private SourceIndex() {}

  /** The index of {@code text}; empty when the text is not YAML (the reader says why). */
  public static SourceIndex of(String text) {
    SourceIndex index = new SourceIndex();
    try {
      YamlText.nodes(text)
          .ifPresent(
              root -> {
                index.positions.put("", position(root.getStartMark()));
                index.walk(root, "", Collections.newSetFromMap(new IdentityHashMap<>()));
              });
    } catch (YamlEngineException e) {
      index.positions.clear();
    }
    return index;
  }

  /** Where the value at {@code pointer} stands; empty when the text has no such value. */
  public Optional<Position> position(String pointer) {
    return Optional.ofNullable(positions.get(pointer));
  }

  private void walk(Node node, String pointer, Set<Node> seen) {
    if (!seen.add(node)) {
      return;
    }
    if (node instanceof MappingNode mapping) {
      for (NodeTuple tuple : mapping.getValue()) {
        if (tuple.getKeyNode() instanceof ScalarNode key) {
          String child = Pointers.child(pointer, key.getValue());
          positions.putIfAbsent(child, position(key.getStartMark()));
          walk(tuple.getValueNode(), child, seen);
        }
      }
    } else if (node instanceof SequenceNode sequence) {
      for (int i = 0; i < sequence.getValue().size(); i++) {
        Node item = sequence.getValue().get(i);
        String child = Pointers.child(pointer, i);
        positions.putIfAbsent(child, position(item.getStartMark()));
        walk(item, child, seen);
      }
    }
  }

  private static Position position(Optional<Mark> mark) {
    return mark.map(m -> new Position(m.getLine() + 1, m.getColumn() + 1)).orElse(Position.UNKNOWN);
  }
}
