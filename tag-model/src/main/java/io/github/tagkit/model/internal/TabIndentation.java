package io.github.tagkit.model.internal;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Tabs in the indentation of a YAML text, which YAML forbids and which stop every reader at the
 * first: the text as it reads with each tab taken for the spaces it stands for, so that the rest of
 * the file can still be checked. A tab stands for the indentation of the line above it when that
 * can be made of it (the mistake of typing a tab where the neighbours have spaces), else for tab
 * stops of a width; the caller takes the first reading that is YAML.
 */
final class TabIndentation {
  private TabIndentation() {}

  /** One line whose indentation held a tab: where, and how its columns moved. */
  record Tab(int line, int column, int original, int spaced) {

    /** The column {@code column} of the spaced line had in the original one. */
    int originalColumn(int column) {
      return column > spaced ? column - (spaced - original) : Math.min(column, original + 1);
    }
  }

  /** A reading of the text with its indentation tabs as spaces. */
  record Reading(String text, List<Tab> tabs) {}

  /** Whether some line's indentation holds a tab. */
  static boolean present(String text) {
    for (String line : text.split("\n", -1)) {
      int i = 0;
      while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
        if (line.charAt(i) == '\t') {
          return true;
        }
        i++;
      }
    }
    return false;
  }

  /**
   * The readings to try, the likeliest first: each tab as its neighbours' indentation, then 2, 4,
   * 8.
   */
  static List<Reading> readings(String text) {
    Set<String> seen = new LinkedHashSet<>();
    List<Reading> readings = new ArrayList<>();
    for (int width : new int[] {0, 2, 4, 8}) {
      Reading reading = read(text, width);
      if (seen.add(reading.text())) {
        readings.add(reading);
      }
    }
    return readings;
  }

  /** The file's step of indentation: the smallest indentation of a line indented by spaces. */
  private static int unit(String[] lines) {
    int unit = Integer.MAX_VALUE;
    for (String line : lines) {
      int indent = line.length() - line.stripLeading().length();
      if (indent > 0 && !line.isBlank() && line.substring(0, indent).indexOf('\t') < 0) {
        unit = Math.min(unit, indent);
      }
    }
    return unit == Integer.MAX_VALUE ? 2 : unit;
  }

  /**
   * The text with each tab of its indentation as {@code width} spaces; 0 for "as the line above".
   */
  private static Reading read(String text, int width) {
    String[] lines = text.split("\n", -1);
    List<Tab> tabs = new ArrayList<>();
    int unit = unit(lines);
    int previous = 0;
    for (int n = 0; n < lines.length; n++) {
      String line = lines[n];
      int end = 0;
      int tabCount = 0;
      int firstTab = -1;
      while (end < line.length() && (line.charAt(end) == ' ' || line.charAt(end) == '\t')) {
        if (line.charAt(end) == '\t') {
          tabCount++;
          firstTab = firstTab < 0 ? end : firstTab;
        }
        end++;
      }
      String rest = line.substring(end);
      if (tabCount > 0 && rest.isEmpty()) {
        lines[n] = ""; // white space alone: a blank line
        continue;
      }
      if (tabCount > 0) {
        int spaces = end - tabCount;
        int each = width;
        if (width == 0) {
          int room = previous - spaces;
          each = room > 0 && room % tabCount == 0 ? room / tabCount : 8;
        }
        int spaced = spaces + tabCount * each;
        lines[n] = " ".repeat(spaced) + rest;
        tabs.add(new Tab(n + 1, firstTab + 1, end, spaced));
      }
      String stripped = lines[n].strip();
      if (!stripped.isEmpty() && !stripped.startsWith("#")) {
        int indent = lines[n].length() - lines[n].stripLeading().length();
        int content = stripped.startsWith("- ") ? indent + 2 : indent;
        // A key with nothing after it opens a block: what follows is indented under it.
        previous = stripped.endsWith(":") ? content + unit : content;
      }
    }
    return new Reading(String.join("\n", lines), tabs);
  }
}
