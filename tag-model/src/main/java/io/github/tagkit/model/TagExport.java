package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import io.github.tagkit.model.internal.MetadataFiles;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The metadata of one or more files as one JSON document, for scripts: every group (TAGs, their
 * subprojects, TOC subprojects) with its people and their roles and terms, its meetings and its
 * contacts, and for every object the file, JSON pointer, line and column it was read from, and the
 * line of each of its values. The document's JSON Schema is {@link #schema()}; the README shows it
 * with {@code jq}.
 *
 * <p>Keys are the metadata files' own ({@code mission_statement}, {@code lfx_id}); a person's role
 * is one of {@code chair}, {@code tech_lead}, {@code subproject_lead}, {@code emeritus_lead} and
 * {@code toc_liaison}.
 */
public final class TagExport {
  /** The version of the document's shape, raised when a key changes meaning or goes away. */
  public static final int VERSION = 1;

  private static final List<String> NESTED =
      List.of("leadership", "contact", "meetings", "tag_subprojects", "page");

  private final List<Map<String, Object>> files = new ArrayList<>();

  /** The role a {@code leadership} key lists, as the export names it: {@code tech_lead}. */
  private static String role(String key) {
    for (Role role : Role.leadership()) {
      if (role.key().equals(key)) {
        return role.name().toLowerCase(java.util.Locale.ROOT);
      }
    }
    return null;
  }

  private final List<Map<String, Object>> groups = new ArrayList<>();

  private TagExport() {}

  /**
   * The export of {@code files}, each named in the document by its path relative to {@code base}
   * (with {@code /} between directories). Unknown keys are left out, as the lenient reader leaves
   * them out; the validator reports them.
   *
   * @param base the directory the files are named relative to
   * @param files the metadata files, in the order the document lists them
   * @return the export
   * @throws IOException when a file cannot be read
   * @throws TagFileException when a file is not valid metadata, at its line and column
   */
  public static TagExport of(Path base, List<Path> files) throws IOException {
    TagExport export = new TagExport();
    for (Path file : files) {
      String name = name(base, file);
      export.add(MetadataDocument.parse(MetadataFiles.read(file), name));
    }
    return export;
  }

  /**
   * The export of one file's {@code content}, named {@code name} in the document.
   *
   * @param name the file's name in the document, e.g. {@code tags.yaml}
   * @param content the file's text
   * @return the export
   * @throws TagFileException when the text is not valid metadata, at its line and column
   */
  public static TagExport of(String name, String content) {
    TagExport export = new TagExport();
    export.add(MetadataDocument.parse(content.getBytes(StandardCharsets.UTF_8), name));
    return export;
  }

  /**
   * The document.
   *
   * @return the export as indented JSON, with a final newline
   */
  public String json() {
    Map<String, Object> document = new LinkedHashMap<>();
    document.put("$schema", SCHEMA_ID);
    document.put("version", VERSION);
    document.put("files", files);
    document.put("groups", groups);
    return JacksonCodec.json(document);
  }

  /** The {@code $id} of {@link #schema()}, which every document names as its {@code $schema}. */
  public static final String SCHEMA_ID = "https://tagkit.github.io/schema/tag-export/v1.json";

  /**
   * The JSON Schema (draft 2020-12) of the document {@link #json()} writes.
   *
   * @return the schema's text
   */
  public static String schema() {
    try (InputStream in = TagExport.class.getResourceAsStream("tag-export.schema.json")) {
      return new String(
          Objects.requireNonNull(in, "schema").readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void add(MetadataDocument document) {
    String name = document.source();
    TagRegistry registry = TagReader.strict().lenient().read(document);
    Map<String, Object> model = JacksonCodec.plain(registry.toJson());
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file", name);
    file.put("layout", registry.layout() == Layout.SINGLE_TAG ? "tag" : "registry");
    files.add(file);
    Source source = new Source(name, document);
    if (registry.layout() == Layout.SINGLE_TAG) {
      addTag(source, model, "", null);
      return;
    }
    List<Object> tags = list(model.get("tags"));
    for (int i = 0; i < tags.size(); i++) {
      addTag(source, map(tags.get(i)), Pointers.child("/tags", i), null);
    }
    List<Object> toc = list(model.get("toc_subprojects"));
    for (int i = 0; i < toc.size(); i++) {
      groups.add(
          group(
              source,
              "toc_subproject",
              map(toc.get(i)),
              Pointers.child("/toc_subprojects", i),
              null));
    }
  }

  private void addTag(Source source, Map<String, Object> tag, String pointer, String parent) {
    groups.add(group(source, "tag", tag, pointer, parent));
    List<Object> subprojects = list(tag.get("tag_subprojects"));
    String list = Pointers.child(pointer, "tag_subprojects");
    for (int i = 0; i < subprojects.size(); i++) {
      groups.add(
          group(
              source,
              "tag_subproject",
              map(subprojects.get(i)),
              Pointers.child(list, i),
              String.valueOf(tag.get("dir"))));
    }
  }

  private static Map<String, Object> group(
      Source source, String kind, Map<String, Object> model, String pointer, String parent) {
    Map<String, Object> own = new LinkedHashMap<>(model);
    NESTED.forEach(own::remove);
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("kind", kind);
    group.put("dir", model.get("dir"));
    group.put("name", model.get("name"));
    group.put("parent", parent);
    group.putAll(own);

    List<Object> people = new ArrayList<>();
    String leadership = Pointers.child(pointer, "leadership");
    map(model.get("leadership"))
        .forEach(
            (key, list) ->
                addPeople(source, people, role(key), list(list), Pointers.child(leadership, key)));
    Map<String, Object> contact = new LinkedHashMap<>(map(model.get("contact")));
    String contactPointer = Pointers.child(pointer, "contact");
    addPeople(
        source,
        people,
        "toc_liaison",
        list(contact.remove("toc_liaison")),
        Pointers.child(contactPointer, "toc_liaison"));
    group.put("people", people);

    List<Object> meetings = new ArrayList<>();
    List<Object> modelMeetings = list(model.get("meetings"));
    for (int i = 0; i < modelMeetings.size(); i++) {
      String at = Pointers.child(Pointers.child(pointer, "meetings"), i);
      meetings.add(source.located(at, Map.of(), map(modelMeetings.get(i))));
    }
    group.put("meetings", meetings);
    group.put("contact", source.located(contactPointer, Map.of(), contact));
    if (model.get("page") instanceof Map<?, ?> page) {
      group.put("page", source.located(Pointers.child(pointer, "page"), Map.of(), map(page)));
    }
    group.put("source", source.of(pointer, own));
    return group;
  }

  private static void addPeople(
      Source source, List<Object> people, String role, List<Object> list, String pointer) {
    for (int i = 0; i < list.size(); i++) {
      people.add(
          source.located(Pointers.child(pointer, i), Map.of("role", role), map(list.get(i))));
    }
  }

  /** Where an object came from: the file, its pointer, line and column, and each value's line. */
  private record Source(String file, MetadataDocument document) {
    /** {@code values}, after {@code leading}, and last their {@code source}. */
    Map<String, Object> located(
        String pointer, Map<String, Object> leading, Map<String, Object> values) {
      Map<String, Object> object = new LinkedHashMap<>(leading);
      object.putAll(values);
      object.put("source", of(pointer, values));
      return object;
    }

    Map<String, Object> of(String pointer, Map<String, Object> values) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("file", file);
      source.put("pointer", pointer);
      Optional<MetadataDocument.Position> at = line(pointer);
      source.put("line", at.map(MetadataDocument.Position::line).orElse(null));
      source.put("column", at.map(MetadataDocument.Position::column).orElse(null));
      Map<String, Object> lines = new LinkedHashMap<>();
      addLines(lines, "", pointer, values);
      source.put("lines", lines);
      return source;
    }

    private void addLines(
        Map<String, Object> lines, String prefix, String pointer, Map<String, Object> values) {
      values.forEach(
          (key, value) -> {
            String at = Pointers.child(pointer, key);
            line(at).ifPresent(position -> lines.put(prefix + key, position.line()));
            if (value instanceof Map<?, ?> nested) {
              addLines(lines, prefix + key + "/", at, map(nested));
            }
          });
    }

    private Optional<MetadataDocument.Position> line(String pointer) {
      return document.located().exactPosition(pointer).filter(position -> position.line() > 0);
    }
  }

  private static String name(Path base, Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Path root = base.toAbsolutePath().normalize();
    Path relative = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
    return relative.toString().replace(java.io.File.separatorChar, '/');
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    return value instanceof Map<?, ?> map ? (Map<String, Object>) map : Map.of();
  }

  @SuppressWarnings("unchecked")
  private static List<Object> list(Object value) {
    return value instanceof List<?> list ? (List<Object>) list : List.of();
  }
}
