package io.github.tagkit.model;

import io.github.tagkit.model.internal.JacksonCodec;
import io.github.tagkit.model.internal.SourceIndex;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

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

  private static final Map<String, String> LEADERSHIP_ROLES =
      Map.of(
          "chairs", "chair",
          "tech_leads", "tech_lead",
          "subproject_leads", "subproject_lead",
          "emeritus_leads", "emeritus_lead");
  private static final List<String> NESTED =
      List.of("leadership", "contact", "meetings", "tag_subprojects", "page");

  private final List<Map<String, Object>> files = new ArrayList<>();
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
      String content = Files.readString(file, StandardCharsets.UTF_8);
      export.add(name, content);
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
    export.add(name, content);
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

  private void add(String name, String content) {
    TagRegistry registry = TagReader.strict().lenient().read(content, name);
    SourceIndex index = SourceIndex.of(content);
    Map<String, Object> model = JacksonCodec.plain(registry.toJson());
    Map<String, Object> file = new LinkedHashMap<>();
    file.put("file", name);
    file.put("layout", registry.layout() == Layout.SINGLE_TAG ? "tag" : "registry");
    files.add(file);
    Source source = new Source(name, index);
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
    Map<String, Object> group = new LinkedHashMap<>();
    group.put("kind", kind);
    group.put("dir", model.get("dir"));
    group.put("name", model.get("name"));
    group.put("parent", parent);
    Map<String, Object> own = new LinkedHashMap<>(model);
    NESTED.forEach(own::remove);
    own.remove("dir");
    own.remove("name");
    group.putAll(own);

    List<Object> people = new ArrayList<>();
    Map<String, Object> leadership = map(model.getOrDefault("leadership", Map.of()));
    for (Map.Entry<String, Object> roles : leadership.entrySet()) {
      String role = LEADERSHIP_ROLES.get(roles.getKey());
      String list = Pointers.child(Pointers.child(pointer, "leadership"), roles.getKey());
      addPeople(source, people, role, list(roles.getValue()), list);
    }
    Map<String, Object> contact = new LinkedHashMap<>(map(model.getOrDefault("contact", Map.of())));
    Object liaisons = contact.remove("toc_liaison");
    String contactPointer = Pointers.child(pointer, "contact");
    addPeople(
        source,
        people,
        "toc_liaison",
        list(liaisons),
        Pointers.child(contactPointer, "toc_liaison"));
    group.put("people", people);

    List<Object> meetings = new ArrayList<>();
    List<Object> modelMeetings = list(model.get("meetings"));
    for (int i = 0; i < modelMeetings.size(); i++) {
      Map<String, Object> meeting = new LinkedHashMap<>(map(modelMeetings.get(i)));
      String at = Pointers.child(Pointers.child(pointer, "meetings"), i);
      meeting.put("source", source.of(at, meeting));
      meetings.add(meeting);
    }
    group.put("meetings", meetings);
    contact.put("source", source.of(contactPointer, contact));
    group.put("contact", contact);
    if (model.get("page") instanceof Map<?, ?> page) {
      Map<String, Object> copy = new LinkedHashMap<>(map(page));
      copy.put("source", source.of(Pointers.child(pointer, "page"), copy));
      group.put("page", copy);
    }
    Map<String, Object> lines = new LinkedHashMap<>(own);
    lines.put("dir", model.get("dir"));
    lines.put("name", model.get("name"));
    group.put("source", source.of(pointer, lines));
    return group;
  }

  private static void addPeople(
      Source source, List<Object> people, String role, List<Object> list, String pointer) {
    for (int i = 0; i < list.size(); i++) {
      Map<String, Object> person = new LinkedHashMap<>();
      person.put("role", role);
      person.putAll(map(list.get(i)));
      person.put("source", source.of(Pointers.child(pointer, i), map(list.get(i))));
      people.add(person);
    }
  }

  /** Where an object came from: the file, its pointer, line and column, and each value's line. */
  private record Source(String file, SourceIndex index) {
    Map<String, Object> of(String pointer, Map<String, Object> values) {
      Map<String, Object> source = new LinkedHashMap<>();
      source.put("file", file);
      source.put("pointer", pointer);
      SourceIndex.Position at = index.position(pointer);
      source.put("line", at == null ? null : at.line());
      source.put("column", at == null ? null : at.column());
      Map<String, Object> lines = new LinkedHashMap<>();
      addLines(lines, "", pointer, values);
      source.put("lines", lines);
      return source;
    }

    private void addLines(
        Map<String, Object> lines, String prefix, String pointer, Map<String, Object> values) {
      for (Map.Entry<String, Object> entry : values.entrySet()) {
        if (entry.getKey().equals("source")) {
          continue;
        }
        String at = Pointers.child(pointer, entry.getKey());
        String key = prefix + entry.getKey();
        SourceIndex.Position position = index.position(at);
        if (position != null) {
          lines.put(key, position.line());
        }
        if (entry.getValue() instanceof Map<?, ?> nested) {
          addLines(lines, key + "/", at, map(nested));
        }
      }
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
