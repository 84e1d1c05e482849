package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import io.github.tagkit.model.internal.MetadataFiles;
import io.github.tagkit.model.internal.RegistryEdits;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Every group a metadata file describes: the cncf/toc registry's {@code tags:} and {@code
 * toc_subprojects:}, or the one TAG of a per-TAG repository's {@code tag.yaml}.
 *
 * <pre>{@code
 * TagRegistry registry = TagRegistry.read(Path.of("tags.yaml"));
 * for (Tag tag : registry.tags()) {
 *   tag.leadership().chairs().forEach(chair -> System.out.println(chair.name().orElse("?")));
 * }
 * }</pre>
 *
 * @param layout the root shape the file had, and will have when written back
 * @param tags {@code tags}: the TAGs, each with its subprojects
 * @param tocSubprojects {@code toc_subprojects}: the TOC's own subprojects
 */
public record TagRegistry(Layout layout, List<Tag> tags, List<TocSubproject> tocSubprojects) {

  /**
   * Checks the components and keeps them in the forms the accessors promise.
   *
   * @param layout the root shape the file had, and will have when written back
   * @param tags {@code tags}: the TAGs, each with its subprojects
   * @param tocSubprojects {@code toc_subprojects}: the TOC's own subprojects
   */
  public TagRegistry {
    Objects.requireNonNull(layout, "layout");
    tags = RecordChecks.list(tags, "tags");
    tocSubprojects = RecordChecks.list(tocSubprojects, "toc_subprojects");
    if (layout == Layout.SINGLE_TAG && (tags.size() != 1 || !tocSubprojects.isEmpty())) {
      throw new IllegalArgumentException("a single-TAG file holds exactly one TAG");
    }
  }

  /**
   * {@return the registry of a per-TAG repository: the one TAG at the root of its {@code tag.yaml}}
   *
   * @param tag the TAG
   */
  public static TagRegistry of(Tag tag) {
    return new TagRegistry(Layout.SINGLE_TAG, List.of(tag), List.of());
  }

  /**
   * Reads a registry or single-TAG file, YAML or JSON (by its {@code .json} extension), rejecting
   * unknown and duplicate keys.
   *
   * @param file the metadata file
   * @return the metadata
   * @throws TagFileException when the content is not valid TAG metadata, naming line and column
   * @throws IOException when the file cannot be read
   */
  public static TagRegistry read(Path file) throws IOException {
    return TagReader.strict().read(file);
  }

  /**
   * Reads YAML or JSON text; {@code source} names it in error messages.
   *
   * @param content the text
   * @param source the name of the text in messages
   * @return the metadata
   */
  public static TagRegistry parse(String content, String source) {
    return TagReader.strict().read(content, source);
  }

  /** {@return a reader with options: {@code TagRegistry.reader().lenient().read(file)}} */
  public static TagReader reader() {
    return TagReader.strict();
  }

  /** {@return every group: each TAG followed by its subprojects, then the TOC subprojects} */
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Tag tag : tags) {
      groups.add(tag);
      groups.addAll(tag.subprojects());
    }
    groups.addAll(tocSubprojects);
    return List.copyOf(groups);
  }

  /**
   * {@return the TAG in directory {@code dir}, e.g. {@code tag-infrastructure}}
   *
   * @param dir the TAG's directory
   */
  public Optional<Tag> tag(String dir) {
    return tags.stream().filter(tag -> tag.dir().equals(dir)).findFirst();
  }

  /** {@return this registry as YAML, in the layout and key order of the real files} */
  public String toYaml() {
    return JacksonCodec.STRICT.write(this, Format.YAML);
  }

  /** {@return this registry as JSON, in the same key order} */
  public String toJson() {
    return JacksonCodec.STRICT.write(this, Format.JSON);
  }

  /**
   * Writes this registry to {@code file}, as JSON for a {@code .json} file, YAML otherwise. Over an
   * existing YAML file of the same layout, only the values that differ change, as {@link
   * TagFileEditor} changes them: comments, quoting, folding, key order and the keys the model
   * leaves out stay as they are, and a file that already holds this registry is not touched. A new
   * file, a JSON file, a file that cannot be read, and a change that cannot be made in place (a
   * list's items reordered, or removed and changed at once) are written anew. The file is replaced
   * atomically.
   *
   * @param file the file to write
   * @throws IOException when the file cannot be read or written
   */
  public void write(Path file) throws IOException {
    Format format = Format.of(file);
    Optional<String> edited = Optional.empty();
    if (format == Format.YAML && Files.isRegularFile(file)) {
      String existing = MetadataFiles.readText(file);
      edited = RegistryEdits.edit(existing, file.toString(), this);
      if (edited.isPresent() && edited.get().equals(existing)) {
        return;
      }
    }
    AtomicFiles.write(file, edited.orElseGet(() -> JacksonCodec.STRICT.write(this, format)));
  }
}
