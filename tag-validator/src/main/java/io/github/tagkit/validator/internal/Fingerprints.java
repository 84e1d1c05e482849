package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Pointers;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * What identifies a finding from one run to the next, for SARIF's {@code partialFingerprints} and
 * the baseline: its rule, its file, the place of its value named by what the entries there are
 * called rather than by their index ({@code /tags/[dir=tag-security]/leadership/chairs/[github=a]}
 * survives an entry added above it), the value at that place (a changed value is a new finding), or
 * the text of its line when it has no place, and its message with numbers left out (a term's "147
 * days" grows every day). Not its line, which moves when lines are added above it.
 */
public final class Fingerprints {
  /** The keys that name an entry of a list, most telling first. */
  private static final List<String> NAMING_KEYS =
      List.of("dir", "github", "name", "title", "description", "url");

  /** A number, and the plural ending of the word it counts: "1 day" and "147 days" alike. */
  private static final Pattern NUMBERS = Pattern.compile("\\d+(?:(\\s+\\p{L}+?)s?\\b)?");

  private Fingerprints() {}

  /** The fingerprint of {@code raw}, found in {@code document}. */
  static String of(RawFinding raw, SourceDocument document) {
    String place = raw.pointer();
    String value = "";
    Optional<JsonNode> root = raw.pointer().isEmpty() ? Optional.empty() : document.root();
    if (root.isPresent()) {
      StringBuilder stable = new StringBuilder();
      JsonNode node = root.get();
      for (String segment : Pointers.segments(raw.pointer())) {
        JsonNode next = node.isArray() ? arrayEntry(node, segment) : node.get(segment);
        stable.append('/').append(node.isArray() && next != null ? named(next, segment) : segment);
        node = next;
        if (node == null) {
          break;
        }
      }
      place = stable.toString();
      value = node == null ? "" : canonical(node, new StringBuilder()).toString();
    } else if (raw.file().equals(document.file()) && raw.position().line() > 0) {
      String[] lines = document.text().split("\n", -1);
      int line = raw.position().line();
      value = line <= lines.length ? lines[line - 1].strip() : "";
    }
    return of(raw.check().id(), raw.file(), place, value, raw.message());
  }

  /** The fingerprint of a finding that names only its rule, file, pointer and message. */
  public static String of(String ruleId, String file, String pointer, String message) {
    return of(ruleId, file, pointer, "", message);
  }

  private static String of(String ruleId, String file, String place, String value, String message) {
    String identity =
        ruleId
            + "\n"
            + file
            + "\n"
            + place
            + "\n"
            + value
            + "\n"
            + NUMBERS.matcher(message).replaceAll(m -> m.group(1) == null ? "#" : "#" + m.group(1));
    try {
      byte[] hash =
          MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every JDK has SHA-256", e);
    }
  }

  /**
   * {@code node} written out the same way whatever its formatting in the file: its scalars as text,
   * its mappings and lists in brackets. Not {@code toString()}, which builds an object mapper.
   */
  private static StringBuilder canonical(JsonNode node, StringBuilder out) {
    if (node.isObject()) {
      out.append('{');
      for (var property : node.properties()) {
        out.append(property.getKey().length()).append(':').append(property.getKey()).append('=');
        canonical(property.getValue(), out).append(',');
      }
      return out.append('}');
    }
    if (node.isArray()) {
      out.append('[');
      for (JsonNode item : node) {
        canonical(item, out).append(',');
      }
      return out.append(']');
    }
    String text = node.isNull() ? "~" : node.asString();
    return out.append(node.getNodeType().name().charAt(0))
        .append(text.length())
        .append(':')
        .append(text);
  }

  private static JsonNode arrayEntry(JsonNode array, String segment) {
    try {
      int index = Integer.parseInt(segment);
      return index >= 0 && index < array.size() ? array.get(index) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** An entry of a list by the first naming key it has, {@code [github=alice]}; else its index. */
  private static String named(JsonNode entry, String index) {
    if (entry.isObject()) {
      for (String key : NAMING_KEYS) {
        JsonNode name = entry.get(key);
        if (name != null && name.isString() && !name.asString().isBlank()) {
          return "[" + key + "=" + name.asString().strip() + "]";
        }
      }
    } else if (entry.isValueNode()) {
      return "[=" + entry.asString() + "]";
    }
    return index;
  }
}
