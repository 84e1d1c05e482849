package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.RepositoryFiles;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TagSubproject;
import io.github.tagkit.model.TocSubproject;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the rules see of one file: its tree, the model read from it, where it lives, and the day.
 * What several rules derive from the file is worked out once per file. Used by one thread.
 */
final class FileContext implements RuleContext {
  private final SourceDocument document;
  private final BoundModel model;
  private final Optional<TagRegistry> registry;
  private final Optional<Path> file;
  private final LocalDate today;
  private final Map<Object, Object> derived = new HashMap<>();
  private List<LocatedGroup> groups;

  FileContext(SourceDocument document, BoundModel model, Optional<Path> file, LocalDate today) {
    this.document = document;
    this.model = model;
    this.registry = model.registry();
    this.file = file;
    this.today = today;
  }

  @Override
  public LocalDate today() {
    return today;
  }

  @Override
  public Optional<TagRegistry> registry() {
    return registry;
  }

  @Override
  public Object root() {
    return document.document().value("").orElseThrow();
  }

  @Override
  public Optional<Object> value(String pointer) {
    return document.document().value(pointer);
  }

  @Override
  public Optional<Path> file() {
    return file;
  }

  @Override
  public Optional<Path> repositoryRoot() {
    return file.map(f -> f.toAbsolutePath().getParent());
  }

  @Override
  public Optional<Object> yaml(Path relative) {
    Optional<Path> file = repositoryRoot().flatMap(root -> RepositoryFiles.inside(root, relative));
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      SourceDocument other =
          SourceDocument.parse(Files.readAllBytes(file.get()), Limits.DEFAULT, relative.toString());
      return other.document().value("");
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  @Override
  @SuppressWarnings("unchecked")
  public <T> T derived(Object key, Supplier<T> compute) {
    Object value = derived.get(key);
    if (value == null) {
      value = compute.get();
      derived.put(key, value);
    }
    return (T) value;
  }

  /**
   * Each TAG ({@code tags/<dir>}, or the repository root for a single-TAG file) and its subprojects
   * ({@code tags/<tag>/subprojects/<dir>}), then the TOC subprojects ({@code
   * toc_subprojects/<dir>}).
   */
  @Override
  public List<LocatedGroup> groups() {
    if (groups == null) {
      groups = registry.map(this::groupsOf).orElse(List.of());
    }
    return groups;
  }

  /** The groups, each with the pointer of the entry it was read from. */
  private List<LocatedGroup> groupsOf(TagRegistry registry) {
    List<LocatedGroup> groups = new ArrayList<>();
    boolean single = registry.layout() == Layout.SINGLE_TAG;
    for (int i = 0; i < registry.tags().size(); i++) {
      Tag tag = registry.tags().get(i);
      String pointer = single ? "" : Pointers.child("/tags", model.tagIndexes().get(i));
      Path directory = single ? Path.of("") : Path.of("tags", tag.dir());
      groups.add(new LocatedGroup(tag, pointer, directory));
      for (int j = 0; j < tag.subprojects().size(); j++) {
        TagSubproject sub = tag.subprojects().get(j);
        groups.add(
            new LocatedGroup(
                sub,
                Pointers.child(pointer + "/tag_subprojects", j),
                directory.resolve("subprojects").resolve(sub.dir())));
      }
    }
    for (int k = 0; k < registry.tocSubprojects().size(); k++) {
      TocSubproject toc = registry.tocSubprojects().get(k);
      groups.add(
          new LocatedGroup(
              toc,
              Pointers.child("/toc_subprojects", model.tocIndexes().get(k)),
              Path.of("toc_subprojects", toc.dir())));
    }
    return List.copyOf(groups);
  }
}
