package io.github.tagkit.pages;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.ChangeDelta;
import com.github.difflib.patch.Chunk;
import com.github.difflib.patch.DeleteDelta;
import com.github.difflib.patch.InsertDelta;
import com.github.difflib.patch.Patch;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The change to a metadata file as a unified diff whose hunks remove and add whole list entries: a
 * leader moved to {@code emeritus_leads} is one block removed and one added, never lines of two
 * people paired because they share {@code lfx_id:} and {@code company:}. The lines are diffed as
 * entries (a list item with the lines indented under it, or a line outside any item), then shown
 * line by line. What {@code tag:rotate}, {@code tag:fix} and {@code tag:sync} print, and their
 * commands.
 */
public final class EntryDiff {
  private EntryDiff() {}

  /**
   * {@return the change from {@code before} to {@code after} of {@code file}, as a unified diff}
   *
   * @param file the file, named in the diff's header
   * @param before its text before
   * @param after its text after
   */
  public static String unified(Path file, String before, String after) {
    List<String> a = before.lines().toList();
    List<String> b = after.lines().toList();
    List<Integer> startsA = entryStarts(a);
    List<Integer> startsB = entryStarts(b);
    Patch<List<String>> entries = DiffUtils.diff(entries(a, startsA), entries(b, startsB));
    Patch<String> lines = new Patch<>();
    for (AbstractDelta<List<String>> delta : entries.getDeltas()) {
      if (sameEntries(delta)) {
        // The same people, changed (a renewed term): the lines that changed inside each.
        for (int k = 0; k < delta.getSource().size(); k++) {
          int fromA = startsA.get(delta.getSource().getPosition() + k);
          int fromB = startsB.get(delta.getTarget().getPosition() + k);
          for (AbstractDelta<String> inner :
              DiffUtils.diff(
                      delta.getSource().getLines().get(k), delta.getTarget().getLines().get(k))
                  .getDeltas()) {
            lines.addDelta(
                inner.withChunks(
                    new Chunk<>(
                        fromA + inner.getSource().getPosition(), inner.getSource().getLines()),
                    new Chunk<>(
                        fromB + inner.getTarget().getPosition(), inner.getTarget().getLines())));
          }
        }
        continue;
      }
      Chunk<String> source = lines(a, startsA, delta.getSource());
      Chunk<String> target = lines(b, startsB, delta.getTarget());
      lines.addDelta(
          source.size() == 0
              ? new InsertDelta<>(source, target)
              : target.size() == 0
                  ? new DeleteDelta<>(source, target)
                  : new ChangeDelta<>(source, target));
    }
    String name = file.getFileName().toString();
    return String.join("\n", UnifiedDiffUtils.generateUnifiedDiff(name, name, a, lines, 2));
  }

  /** Whether {@code delta} changes entries one for one, each keeping its first line. */
  private static boolean sameEntries(AbstractDelta<List<String>> delta) {
    List<List<String>> source = delta.getSource().getLines();
    List<List<String>> target = delta.getTarget().getLines();
    if (source.size() != target.size() || source.isEmpty()) {
      return false;
    }
    for (int k = 0; k < source.size(); k++) {
      if (!source.get(k).get(0).equals(target.get(k).get(0))) {
        return false;
      }
    }
    return true;
  }

  /** Where each entry of {@code lines} starts, and the line count at the end. */
  private static List<Integer> entryStarts(List<String> lines) {
    List<Integer> starts = new ArrayList<>();
    int itemIndent = -1;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      String stripped = line.strip();
      int indent = line.length() - line.stripLeading().length();
      boolean inItem =
          itemIndent >= 0
              && (stripped.isEmpty() || stripped.startsWith("#") || indent > itemIndent);
      if (stripped.startsWith("- ") || stripped.equals("-")) {
        starts.add(i);
        itemIndent = indent;
      } else if (!inItem) {
        starts.add(i);
        itemIndent = -1;
      }
    }
    starts.add(lines.size());
    return starts;
  }

  private static List<List<String>> entries(List<String> lines, List<Integer> starts) {
    List<List<String>> entries = new ArrayList<>();
    for (int i = 0; i + 1 < starts.size(); i++) {
      entries.add(lines.subList(starts.get(i), starts.get(i + 1)));
    }
    return entries;
  }

  /** The lines of the entries {@code chunk} covers, at their line position. */
  private static Chunk<String> lines(List<String> lines, List<Integer> starts, Chunk<?> chunk) {
    int from = starts.get(chunk.getPosition());
    int to = starts.get(chunk.getPosition() + chunk.size());
    return new Chunk<>(from, lines.subList(from, to));
  }
}
