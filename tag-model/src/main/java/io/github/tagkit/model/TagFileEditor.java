package io.github.tagkit.model;

import io.github.tagkit.model.internal.MetadataFiles;
import io.github.tagkit.model.internal.YamlText;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Objects;

/**
 * Changes a metadata file ({@code tags.yaml} or {@code tag.yaml}) as a person editing it would:
 * each change touches only the lines (or the single value) it is about, and everything else stays
 * byte for byte: comments, blank lines, quoting, block scalars, empty keys, indentation and line
 * endings. New text follows the indentation of its surroundings and is quoted where a YAML 1.1
 * reader would misread it; a new key goes to its place in the records' key order. Values are named
 * by JSON pointers ({@code /tags/0/leadership/chairs/1/term/end}).
 *
 * <p>Every change is checked before it is taken: the edited text must load into the data the same
 * change gives when made to the loaded data, and, where the file read into the model before, it
 * must still read. Otherwise the change is refused with an {@link EditRefusedException} saying why,
 * and nothing changes. An editor is immutable: each change returns a new one.
 */
public final class TagFileEditor {
  private final String source;
  private final String original;
  private final YamlText yaml;
  private final boolean readable;

  private TagFileEditor(String source, String original, YamlText yaml, boolean readable) {
    this.source = source;
    this.original = original;
    this.yaml = yaml;
    this.readable = readable;
  }

  /**
   * {@return an editor of {@code file}'s text (UTF-8)}
   *
   * @param file the metadata file
   * @throws IOException when the file cannot be read
   */
  public static TagFileEditor open(Path file) throws IOException {
    return of(MetadataFiles.readText(file), file.toString());
  }

  /**
   * {@return an editor of {@code text}, read from {@code source} (for messages)}
   *
   * @param text the file's text
   * @param source the name of the file in messages
   */
  public static TagFileEditor of(String text, String source) {
    Objects.requireNonNull(text, "text");
    boolean readable;
    Layout layout;
    try {
      layout = TagRegistry.parse(text, source).layout();
      readable = true;
    } catch (TagFileException e) {
      readable = false;
      layout = layoutOf(text);
    }
    return of(text, source, layout, readable);
  }

  /**
   * {@return an editor of a document that was read already} Its model is bound from the document's
   * tree, not read again, to know whether edits must keep the file readable.
   *
   * @param document the file as read
   */
  public static TagFileEditor of(MetadataDocument document) {
    boolean readable;
    Layout layout;
    try {
      layout = TagReader.strict().read(document).layout();
      readable = true;
    } catch (TagFileException | IllegalStateException e) {
      readable = false;
      layout = layoutOf(document.text());
    }
    return of(document.text(), document.source(), layout, readable);
  }

  private static Layout layoutOf(String text) {
    return text.lines().anyMatch(l -> l.startsWith("tags:")) ? Layout.REGISTRY : Layout.SINGLE_TAG;
  }

  private static TagFileEditor of(String text, String source, Layout layout, boolean readable) {
    Class<? extends Record> root = layout == Layout.REGISTRY ? TagRegistry.class : Tag.class;
    return new TagFileEditor(source, text, new YamlText(text, root), readable);
  }

  /** {@return the text as edited so far} */
  public String text() {
    return yaml.text();
  }

  /** {@return whether any change was made} */
  public boolean changed() {
    return !yaml.text().equals(original);
  }

  /** {@return the model the edited text reads into} */
  public TagRegistry registry() {
    return TagRegistry.parse(yaml.text(), source);
  }

  /**
   * Sets the value at {@code pointer} to the text {@code value}; a key the mapping lacks is added
   * in its place.
   *
   * @param pointer the JSON pointer of the value
   * @param value the new value, as text
   * @return an editor of the edited text
   */
  public TagFileEditor set(String pointer, String value) {
    return edit(() -> yaml.set(pointer, Objects.requireNonNull(value, "value")));
  }

  /**
   * Clears the value at {@code pointer}: its key stays, with no value ({@code company:}).
   *
   * @param pointer the JSON pointer of the value
   * @return an editor of the edited text
   */
  public TagFileEditor clear(String pointer) {
    return edit(() -> yaml.clear(pointer));
  }

  /**
   * Removes the key at {@code pointer} with its value, or the list item at it.
   *
   * @param pointer the JSON pointer of the key or list item
   * @return an editor of the edited text
   */
  public TagFileEditor remove(String pointer) {
    return edit(() -> yaml.remove(pointer));
  }

  /**
   * Removes the spaces and tabs at the end of {@code line} (from 1), where they mean nothing (not
   * inside a block scalar, where they are text).
   *
   * @param line the line, from 1
   * @return an editor of the edited text
   */
  public TagFileEditor trimTrailingWhitespace(int line) {
    return edit(() -> yaml.trimLineEnd(line));
  }

  /**
   * Renames the key at {@code pointer} to {@code key}, keeping its value and place.
   *
   * @param pointer the JSON pointer of the key
   * @param key the new key
   * @return an editor of the edited text
   */
  public TagFileEditor rename(String pointer, String key) {
    return edit(() -> yaml.rename(pointer, Objects.requireNonNull(key, "key")));
  }

  /**
   * Adds {@code entry} (a person, a meeting, a whole entry: text values, and mappings of them such
   * as a person's {@code term}) at the end of the list at {@code list}, which is added in its place
   * where the file has none; its keys go in the records' key order, its values quoted where a YAML
   * 1.1 reader would misread them.
   *
   * @param list the JSON pointer of the list
   * @param entry the entry, in the order of its keys
   * @return an editor of the edited text
   */
  public TagFileEditor add(String list, java.util.Map<String, ?> entry) {
    return edit(() -> yaml.add(list, Objects.requireNonNull(entry, "entry")));
  }

  /**
   * Inserts {@code entry} into the list at {@code list} before its item {@code index} (at the end
   * when {@code index} is the list's size), indented as that item is; its keys go in the records'
   * key order, its values quoted where a YAML 1.1 reader would misread them.
   *
   * @param list the JSON pointer of the list
   * @param index where the entry goes
   * @param entry the entry, in the order of its keys
   * @return an editor of the edited text
   */
  public TagFileEditor insert(String list, int index, java.util.Map<String, ?> entry) {
    return edit(() -> yaml.insert(list, index, Objects.requireNonNull(entry, "entry")));
  }

  /**
   * Moves the list item at {@code from} (a person, a meeting, a whole entry) to the end of the list
   * at {@code to}, which is added in its place where the file has none, leaving out {@code
   * dropKeys} of the item.
   *
   * @param from the JSON pointer of the list item
   * @param to the JSON pointer of the list it goes to
   * @param dropKeys the keys the moved item leaves behind
   * @return an editor of the edited text
   */
  public TagFileEditor move(String from, String to, List<String> dropKeys) {
    return edit(() -> yaml.move(from, to, List.copyOf(dropKeys)));
  }

  private interface Edit {
    YamlText apply();
  }

  private TagFileEditor edit(Edit edit) {
    YamlText edited;
    try {
      edited = edit.apply();
    } catch (YamlText.Refused e) {
      throw new EditRefusedException(source + ": " + e.getMessage());
    }
    if (readable) {
      try {
        TagRegistry.parse(edited.text(), source);
      } catch (TagFileException e) {
        throw new EditRefusedException(
            source + ": the change would leave the file unreadable: " + e.getMessage());
      }
    }
    return new TagFileEditor(source, original, edited, readable);
  }

  /**
   * Writes the edited text to {@code file} atomically (a temporary file moved into place, keeping
   * the file's permissions), unless it would not change. Writers of one file take turns (a lock on
   * the file), and an edit is made only on the text it was made from: when the file changed since
   * the editor read it (another {@code tag:fix} or {@code tag:rotate}, a person), the edit is
   * refused rather than written over that change, so no change reported as made is lost.
   *
   * @param file the file to write
   * @return whether the file changed
   * @throws EditRefusedException when the file no longer holds the text the edit was made on
   * @throws IOException when the file cannot be written
   */
  public boolean write(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      AtomicFiles.write(file, text());
      return true;
    }
    // Threads of this process take turns through a lock of their own (a file lock is held by the
    // process, not by a thread); processes take turns through the file lock.
    Object writers = WRITERS.computeIfAbsent(file.toAbsolutePath().normalize(), p -> new Object());
    synchronized (writers) {
      return writeInTurn(file);
    }
  }

  private static final java.util.concurrent.ConcurrentMap<Path, Object> WRITERS =
      new java.util.concurrent.ConcurrentHashMap<>();

  private boolean writeInTurn(Path file) throws IOException {
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE);
        FileLock turn = channel.lock()) {
      String current = MetadataFiles.readText(file);
      if (current.equals(text())) {
        return false;
      }
      if (!current.equals(original)) {
        throw new EditRefusedException(
            source
                + ": the file changed since it was read, and the edit was made on the text it held"
                + " then; run the goal again on the new text");
      }
      AtomicFiles.write(file, text());
      return true;
    }
  }
}
