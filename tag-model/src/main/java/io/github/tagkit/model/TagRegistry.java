package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
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
 */
public record TagRegistry(Layout layout, List<Tag> tags, List<TocSubproject> tocSubprojects) {

  public TagRegistry {
    Objects.requireNonNull(layout, "layout");
    tags = Values.list(tags, "tags");
    tocSubprojects = Values.list(tocSubprojects, "toc_subprojects");
    if (layout == Layout.SINGLE_TAG && (tags.size() != 1 || !tocSubprojects.isEmpty())) {
      throw new IllegalArgumentException("a single-TAG file holds exactly one TAG");
    }
  }

  /** The registry of a per-TAG repository: the one TAG at the root of its {@code tag.yaml}. */
  public static TagRegistry of(Tag tag) {
    return new TagRegistry(Layout.SINGLE_TAG, List.of(tag), List.of());
  }

  /**
   * Reads a registry or single-TAG file, YAML or JSON (by its {@code .json} extension), rejecting
   * unknown and duplicate keys.
   *
   * @throws TagFileException when the content is not valid TAG metadata, naming line and column
   * @throws IOException when the file cannot be read
   */
  public static TagRegistry read(Path file) throws IOException {
    return TagReader.strict().read(file);
  }

  /** Reads YAML or JSON text; {@code source} names it in error messages. */
  public static TagRegistry parse(String content, String source) {
    return TagReader.strict().read(content, source);
  }

  /** A reader with options: {@code TagRegistry.reader().lenient().read(file)}. */
  public static TagReader reader() {
    return TagReader.strict();
  }

  /** Every group: each TAG followed by its subprojects, then the TOC subprojects. */
  public List<Group> groups() {
    List<Group> groups = new ArrayList<>();
    for (Tag tag : tags) {
      groups.add(tag);
      groups.addAll(tag.subprojects());
    }
    groups.addAll(tocSubprojects);
    return List.copyOf(groups);
  }

  /** The TAG in directory {@code dir}, e.g. {@code tag-infrastructure}. */
  public Optional<Tag> tag(String dir) {
    return tags.stream().filter(tag -> tag.dir().equals(dir)).findFirst();
  }

  /** This registry as YAML, in the layout and key order of the real files. */
  public String toYaml() {
    return JacksonCodec.STRICT.write(this, Format.YAML);
  }

  /** This registry as JSON, in the same key order. */
  public String toJson() {
    return JacksonCodec.STRICT.write(this, Format.JSON);
  }

  /** Writes this registry to {@code file}, as JSON for a {@code .json} file, YAML otherwise. */
  public void write(Path file) throws IOException {
    Files.writeString(
        file, JacksonCodec.STRICT.write(this, Format.of(file)), StandardCharsets.UTF_8);
  }
}
