package io.github.tagkit.model.internal;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A metadata file's text changed, as a person would change it, to hold another registry: the values
 * that differ are set, added or removed through {@link YamlText}, and every other line (comments,
 * quoting, folding, key order, keys the model leaves out) stays as it is.
 */
public final class RegistryEdits {
  private RegistryEdits() {}

  /** A change the edits cannot make in place. */
  private static final class Unsupported extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Unsupported(String message) {
      super(message, null, false, false);
    }
  }

  /**
   * {@return {@code text} edited to read as {@code target}; empty when the text cannot be read, is
   * of the other layout, or the change cannot be made in place (then the file is written anew)}
   *
   * @param text the file's text
   * @param source the file's name, for messages
   * @param target the registry the file is to hold
   */
  public static Optional<String> edit(String text, String source, TagRegistry target) {
    TagReader reader = TagReader.strict().lenient();
    TagRegistry current;
    try {
      current = reader.read(text, source);
    } catch (TagFileException e) {
      return Optional.empty();
    }
    if (current.equals(target)) {
      return Optional.of(text);
    }
    if (current.layout() != target.layout()) {
      return Optional.empty();
    }
    Class<? extends Record> root =
        target.layout() == Layout.REGISTRY ? TagRegistry.class : Tag.class;
    try {
      YamlText edited =
          diff(
              new YamlText(text, root),
              "",
              JacksonCodec.plain(current.toJson()),
              JacksonCodec.plain(target.toJson()));
      return Optional.of(edited.text()).filter(t -> target.equals(reader.read(t, source)));
    } catch (YamlText.Refused | Unsupported | TagFileException e) {
      return Optional.empty();
    }
  }

  /** {@code yaml} with the value at {@code at} changed from {@code before} to {@code after}. */
  private static YamlText diff(YamlText yaml, String at, Object before, Object after) {
    if (Objects.equals(before, after)) {
      return yaml;
    }
    if (before instanceof Map<?, ?> was && after instanceof Map<?, ?> is) {
      YamlText edited = yaml;
      for (Object key : was.keySet()) {
        if (!is.containsKey(key)) {
          edited = edited.remove(Pointers.child(at, String.valueOf(key)));
        }
      }
      for (Map.Entry<?, ?> entry : is.entrySet()) {
        String child = Pointers.child(at, String.valueOf(entry.getKey()));
        edited =
            was.containsKey(entry.getKey())
                ? diff(edited, child, was.get(entry.getKey()), entry.getValue())
                : put(edited, child, entry.getValue());
      }
      return edited;
    }
    if (before instanceof List<?> was && after instanceof List<?> is) {
      return list(yaml, at, was, is);
    }
    if (before instanceof Map || before instanceof List || after instanceof List) {
      throw new Unsupported(at + " changes its shape");
    }
    return put(yaml, at, after);
  }

  /**
   * A list changed: items removed where the new list is the old one without them, items appended
   * where it is the old one and more, each item changed where the lengths are the same.
   */
  private static YamlText list(YamlText yaml, String at, List<?> was, List<?> is) {
    YamlText edited = yaml;
    if (is.size() < was.size()) {
      List<Integer> removed = removed(was, is);
      if (removed == null) {
        throw new Unsupported(at + " changes more than which items it holds");
      }
      for (int i = removed.size() - 1; i >= 0; i--) {
        edited = edited.remove(Pointers.child(at, removed.get(i)));
      }
      return edited;
    }
    for (int i = 0; i < was.size(); i++) {
      edited = diff(edited, Pointers.child(at, i), was.get(i), is.get(i));
    }
    for (int i = was.size(); i < is.size(); i++) {
      edited = append(edited, at, is.get(i));
    }
    return edited;
  }

  /** The indices of {@code was} whose removal gives {@code is}; null when none do. */
  private static List<Integer> removed(List<?> was, List<?> is) {
    List<Integer> removed = new ArrayList<>();
    int j = 0;
    for (int i = 0; i < was.size(); i++) {
      if (j < is.size() && Objects.equals(was.get(i), is.get(j))) {
        j++;
      } else {
        removed.add(i);
      }
    }
    return j == is.size() ? removed : null;
  }

  private static YamlText put(YamlText yaml, String at, Object value) {
    if (value == null) {
      return yaml.clear(at);
    }
    if (value instanceof String text) {
      return yaml.set(at, text);
    }
    if (value instanceof Number || value instanceof Boolean) {
      return yaml.setLiteral(at, value);
    }
    if (value instanceof Map<?, ?> map) {
      return yaml.setMapping(at, textMapping(at, map));
    }
    YamlText edited = yaml;
    for (Object item : (List<?>) value) {
      edited = append(edited, at, item);
    }
    return edited;
  }

  private static YamlText append(YamlText yaml, String list, Object item) {
    if (item instanceof String text) {
      return yaml.addValue(list, text);
    }
    if (item instanceof Map<?, ?> map) {
      return yaml.add(list, textMapping(list, map));
    }
    throw new Unsupported(list + " gets an item that is not text or a mapping");
  }

  /** {@code map} as the editor writes mappings: text values, and mappings of them. */
  @SuppressWarnings("unchecked")
  private static Map<String, ?> textMapping(String at, Map<?, ?> map) {
    for (Object value : map.values()) {
      if (value instanceof Map<?, ?> nested) {
        textMapping(at, nested);
      } else if (!(value instanceof String)) {
        throw new Unsupported(at + " holds a value that is not text");
      }
    }
    return (Map<String, ?>) map;
  }
}
