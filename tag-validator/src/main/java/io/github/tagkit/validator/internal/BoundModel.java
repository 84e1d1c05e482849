package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TocSubproject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model of a parsed file, for the rules: all of it or, when some entries of a registry cannot
 * be read (a value of the wrong type, say), every other entry, so that one mistake does not hide
 * the governance findings of the rest. Each entry keeps the index it has in the file, so that
 * findings point at it.
 *
 * @param tagIndexes the index in the file's {@code tags} of each TAG of {@code registry}
 * @param tocIndexes the index in {@code toc_subprojects} of each TOC subproject
 * @param skipped the pointers of the entries that could not be read, which the rules did not see
 * @param problem why the file as a whole cannot be read into the model
 */
record BoundModel(
    Optional<TagRegistry> registry,
    List<Integer> tagIndexes,
    List<Integer> tocIndexes,
    List<String> skipped,
    Optional<TagFileException> problem) {

  static BoundModel bind(SourceDocument document, String name) {
    if (!(document.root().orElseThrow() instanceof ObjectNode root)) {
      return new BoundModel(
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          Optional.of(
              new TagFileException(name, 0, 0, "", "expected a mapping at the root of the file")));
    }
    try {
      TagRegistry registry = read(PlainValues.mapping(root), name);
      return new BoundModel(
          Optional.of(registry),
          indexes(registry.tags().size()),
          indexes(registry.tocSubprojects().size()),
          List.of(),
          Optional.empty());
    } catch (RuntimeException e) {
      TagFileException problem =
          e instanceof TagFileException located
              ? located
              : new TagFileException(name, 0, 0, "", String.valueOf(e.getMessage()));
      boolean registry = root.has("tags") || root.has("toc_subprojects");
      return registry
          ? entryByEntry(root, name, problem)
          : new BoundModel(Optional.empty(), List.of(), List.of(), List.of(), Optional.of(problem));
    }
  }

  /** The entries of a registry that can be read, each on its own. */
  private static BoundModel entryByEntry(ObjectNode root, String name, TagFileException problem) {
    List<Integer> tagIndexes = new ArrayList<>();
    List<Integer> tocIndexes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Tag> tags =
        entries(root, "tags", name, tagIndexes, skipped, registry -> registry.tags().get(0));
    List<TocSubproject> tocs =
        entries(
            root,
            "toc_subprojects",
            name,
            tocIndexes,
            skipped,
            registry -> registry.tocSubprojects().get(0));
    return new BoundModel(
        Optional.of(new TagRegistry(Layout.REGISTRY, tags, tocs)),
        tagIndexes,
        tocIndexes,
        skipped,
        Optional.of(problem));
  }

  private static <T> List<T> entries(
      ObjectNode root,
      String key,
      String name,
      List<Integer> indexes,
      List<String> skipped,
      Function<TagRegistry, T> entry) {
    List<T> read = new ArrayList<>();
    JsonNode list = root.get(key);
    if (list == null || !list.isArray()) {
      return read;
    }
    for (int i = 0; i < list.size(); i++) {
      try {
        Map<String, Object> one = Map.of(key, List.of(PlainValues.of(list.get(i))));
        read.add(entry.apply(read(one, name)));
        indexes.add(i);
      } catch (RuntimeException e) {
        JsonNode value = list.get(i);
        if (!value.isNull() && !value.isEmpty()) { // an empty entry has nothing to skip
          skipped.add(Pointers.child("/" + key, i));
        }
      }
    }
    return read;
  }

  private static TagRegistry read(Map<String, ?> tree, String name) {
    return TagRegistry.reader().lenient().read(tree, name);
  }

  private static List<Integer> indexes(int count) {
    return IntStream.range(0, count).boxed().toList();
  }
}
