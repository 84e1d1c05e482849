package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Person;
import io.github.tagkit.model.Role;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.TocSubproject;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import tools.jackson.databind.JsonNode;

/**
 * What a rule sees of one file: its parsed tree, the model read from it, where the file lives, and
 * the settings that make results reproducible ("today"). What several rules derive from the file is
 * worked out once per file.
 */
public final class Context {
  private final SourceDocument document;
  private final Optional<TagRegistry> registry;
  private final Optional<Path> path;
  private final LocalDate today;
  private final int expiryWarningDays;
  private final Optional<Path> pageTemplates;
  private final Map<Object, Object> derived = new HashMap<>();
  private List<GroupAt> groups;

  public Context(
      SourceDocument document,
      Optional<TagRegistry> registry,
      Optional<Path> path,
      LocalDate today,
      int expiryWarningDays,
      Optional<Path> pageTemplates) {
    this.document = document;
    this.registry = registry;
    this.path = path;
    this.today = today;
    this.expiryWarningDays = expiryWarningDays;
    this.pageTemplates = pageTemplates;
  }

  public SourceDocument document() {
    return document;
  }

  public Optional<TagRegistry> registry() {
    return registry;
  }

  public Optional<Path> path() {
    return path;
  }

  public LocalDate today() {
    return today;
  }

  public int expiryWarningDays() {
    return expiryWarningDays;
  }

  public Optional<Path> pageTemplates() {
    return pageTemplates;
  }

  /**
   * What {@code compute} derives from this file, computed on the first call for {@code key} and
   * kept for the other rules that ask.
   */
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = compute.get();
      derived.put(key, value);
    }
    return (T) value;
  }

  public JsonNode tree() {
    return document.root().orElseThrow();
  }

  /** A group, the JSON pointer it was read from, and its directory in the repository. */
  public record GroupAt(Group group, String pointer, Path directory) {}

  /**
   * Every group with its pointer and directory: each TAG ({@code tags/<dir>}, or the repository
   * root for a single-TAG file) and its subprojects ({@code tags/<tag>/subprojects/<dir>}), then
   * the TOC subprojects ({@code toc_subprojects/<dir>}).
   */
  public List<GroupAt> groups() {
    if (groups == null) {
      groups = List.copyOf(findGroups());
    }
    return groups;
  }

  private List<GroupAt> findGroups() {
    List<GroupAt> groups = new ArrayList<>();
    registry.ifPresent(
        r -> {
          boolean single = r.layout() == Layout.SINGLE_TAG;
          for (int i = 0; i < r.tags().size(); i++) {
            Tag tag = r.tags().get(i);
            String pointer = single ? "" : "/tags/" + i;
            Path directory = single ? Path.of("") : Path.of("tags", tag.dir());
            groups.add(new GroupAt(tag, pointer, directory));
            for (int j = 0; j < tag.subprojects().size(); j++) {
              TagSubproject sub = tag.subprojects().get(j);
              groups.add(
                  new GroupAt(
                      sub,
                      pointer + "/tag_subprojects/" + j,
                      directory.resolve("subprojects").resolve(sub.dir())));
            }
          }
          for (int k = 0; k < r.tocSubprojects().size(); k++) {
            TocSubproject toc = r.tocSubprojects().get(k);
            groups.add(
                new GroupAt(toc, "/toc_subprojects/" + k, Path.of("toc_subprojects", toc.dir())));
          }
        });
    return groups;
  }

  /** The people of a group in a role, each with its pointer. */
  public static List<Located<Person>> people(GroupAt group, Role role) {
    String list =
        role == Role.TOC_LIAISON
            ? group.pointer() + "/contact/toc_liaison"
            : group.pointer() + "/leadership/" + role.key();
    List<Person> people = group.group().people(role);
    List<Located<Person>> located = new ArrayList<>(people.size());
    String entry = list + "/";
    for (int i = 0; i < people.size(); i++) {
      located.add(new Located<>(people.get(i), entry.concat(Integer.toString(i))));
    }
    return located;
  }

  /** The repository directory the checked file lives in. */
  public Optional<Path> repositoryRoot() {
    return path.map(file -> file.toAbsolutePath().getParent());
  }
}
