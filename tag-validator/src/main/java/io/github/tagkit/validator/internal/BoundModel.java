package io.github.tagkit.validator.internal;

import io.github.tagkit.model.Layout;
import io.github.tagkit.model.Pointers;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.model.TagReader;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.TocSubproject;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.IntStream;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The model of a parsed file, for the rules: all of it or, when some values cannot be read (a value
 * of the wrong type, a date that is no date, a required name left out), the rest, so that one
 * mistake does not hide the governance findings of everything else. An entry is read without each
 * value that cannot be read, and with its {@code dir} for a missing {@code name}; what was read so
 * is a {@link Repair}, and the rules' findings that would only repeat it are left out. An entry
 * that cannot be read even so is skipped. Each entry keeps the index it has in the file, so that
 * findings point at it.
 *
 * @param tagIndexes the index in the file's {@code tags} of each TAG of {@code registry}
 * @param tocIndexes the index in {@code toc_subprojects} of each TOC subproject
 * @param skipped the pointers of the entries that could not be read, which the rules did not see
 * @param repairs the values the entries were read without, or with a stand-in for
 * @param problem why the file as a whole cannot be read into the model
 */
record BoundModel(
    Optional<TagRegistry> registry,
    List<Integer> tagIndexes,
    List<Integer> tocIndexes,
    List<String> skipped,
    List<Repair> repairs,
    Optional<TagFileException> problem) {

  /**
   * A value an entry was read without ({@code standIn} empty), or with a stand-in for, and why.
   *
   * @param pointer where the value is, or would be
   * @param owner the pointer of the object that holds it
   * @param problem why it could not be read
   * @param standIn what was read in its place, if anything
   */
  record Repair(String pointer, String owner, String problem, Optional<String> standIn) {

    /**
     * Whether a rule's finding would only repeat this problem: one at the value or inside it; for a
     * value taken out, one at what held it when that is not a whole group (a leader whose
     * unreadable term was taken out has no term), and one at a group or other holder further up
     * from a rule named after the value ({@code require-meetings} when {@code meetings} was taken
     * out).
     */
    boolean covers(String ruleId, String at, java.util.Set<String> groups) {
      if (at.equals(pointer) || at.startsWith(pointer + "/")) {
        return true;
      }
      if (standIn.isPresent() || !pointer.startsWith(at + "/")) {
        return false;
      }
      if (at.equals(owner) && !groups.contains(owner)) {
        return true;
      }
      for (String word : Pointers.last(pointer).split("_")) {
        if (word.length() > 2 && ruleId.contains(word)) {
          return true;
        }
      }
      return false;
    }

    /** What the rules-skipped finding says: what the rules ran on, and without what. */
    String message() {
      return standIn.isPresent()
          ? "governance rules ran on "
              + (owner.isEmpty() ? "the file" : owner)
              + " with '"
              + standIn.get()
              + "' for its missing "
              + Pointers.last(pointer)
              + "; none of them checked it"
          : "governance rules ran on "
              + owner
              + " without "
              + pointer
              + ", which cannot be read ("
              + problem
              + "); none of them checked it";
    }
  }

  /** How many values of one entry are read around before the entry is skipped. */
  private static final int MAX_REPAIRS = 20;

  private static final java.util.regex.Pattern REQUIRED =
      java.util.regex.Pattern.compile("^'([A-Za-z_]+)' is required");

  static BoundModel bind(SourceDocument document, String name) {
    if (!(document.root().orElseThrow() instanceof ObjectNode root)) {
      return new BoundModel(
          Optional.empty(),
          List.of(),
          List.of(),
          List.of(),
          List.of(),
          Optional.of(
              new TagFileException(name, 0, 0, "", "expected a mapping at the root of the file")));
    }
    try {
      TagRegistry registry = TagReader.strict().lenient().readTree(document.document());
      return new BoundModel(
          Optional.of(registry),
          indexes(registry.tags().size()),
          indexes(registry.tocSubprojects().size()),
          List.of(),
          List.of(),
          Optional.empty());
    } catch (RuntimeException e) {
      TagFileException problem =
          e instanceof TagFileException located
              ? located
              : new TagFileException(name, 0, 0, "", String.valueOf(e.getMessage()));
      boolean registry = root.has("tags") || root.has("toc_subprojects");
      if (registry) {
        return entryByEntry(root, name, problem);
      }
      List<Repair> repairs = new ArrayList<>();
      Optional<TagRegistry> read = repaired(root, "", repairs, tree -> read(tree, name));
      return new BoundModel(
          read,
          read.map(r -> indexes(r.tags().size())).orElse(List.of()),
          List.of(),
          List.of(),
          read.isPresent() ? repairs : List.of(),
          Optional.of(problem));
    }
  }

  /**
   * {@code node} read by {@code reader}, without each value it cannot read and with a stand-in for
   * each required one that is missing; the repairs made, under {@code at}, go to {@code repairs};
   * empty when even so it cannot be read.
   */
  private static <T> Optional<T> repaired(
      JsonNode node, String at, List<Repair> repairs, Function<JsonNode, T> reader) {
    JsonNode copy = node.deepCopy();
    List<Repair> made = new ArrayList<>();
    for (int attempt = 0; attempt <= MAX_REPAIRS; attempt++) {
      try {
        T read = reader.apply(copy);
        repairs.addAll(made);
        return Optional.of(read);
      } catch (TagFileException e) {
        Optional<Repair> repair = repair(copy, at, e);
        if (repair.isEmpty()) {
          return Optional.empty();
        }
        // A value taken out whole (a term) holds the one taken out of it before (its start): one
        // repair, with the first, most telling reason.
        Repair outer = repair.get();
        List<Repair> inner =
            made.stream().filter(r -> r.pointer().startsWith(outer.pointer() + "/")).toList();
        made.removeAll(inner);
        made.add(
            inner.isEmpty()
                ? outer
                : new Repair(
                    outer.pointer(), outer.owner(), inner.get(0).problem(), outer.standIn()));
      } catch (RuntimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /**
   * Takes the value {@code problem} names out of {@code tree} (whose pointers start at {@code at}
   * in the file), or puts a stand-in where a required value is missing; what it did, or empty when
   * the problem names nothing to take out.
   */
  private static Optional<Repair> repair(JsonNode tree, String at, TagFileException problem) {
    String pointer = problem.pointer();
    String inside = pointer.startsWith(at) ? pointer.substring(at.length()) : pointer;
    java.util.regex.Matcher required = REQUIRED.matcher(problem.problem());
    if (required.find()) {
      JsonNode owner = inside.isEmpty() ? tree : tree.at(inside);
      if (!(owner instanceof ObjectNode object)) {
        return Optional.empty();
      }
      String key = required.group(1);
      String standIn = standIn(object, key);
      if (standIn.isEmpty() || object.path(key).asString("").equals(standIn)) {
        return Optional.empty();
      }
      object.put(key, standIn);
      return Optional.of(
          new Repair(
              Pointers.child(pointer, key), pointer, problem.problem(), Optional.of(standIn)));
    }
    if (inside.isEmpty()) {
      return Optional.empty();
    }
    String parentPointer = Pointers.parent(inside);
    JsonNode parent = parentPointer.isEmpty() ? tree : tree.at(parentPointer);
    String last = Pointers.last(inside);
    if (parent instanceof ObjectNode object && object.has(last)) {
      object.remove(last);
    } else if (parent instanceof ArrayNode array && last.matches("\\d+")) {
      int index = Integer.parseInt(last);
      if (index >= array.size()) {
        return Optional.empty();
      }
      array.remove(index);
    } else {
      return Optional.empty();
    }
    return Optional.of(
        new Repair(pointer, Pointers.parent(pointer), problem.problem(), Optional.empty()));
  }

  /**
   * What stands in for a missing required value: a group's name is its dir. Nothing stands in for a
   * dir, which places the group's files: rules would look for them in the wrong place.
   */
  private static String standIn(ObjectNode object, String key) {
    return key.equals("name") ? object.path("dir").asString("").strip() : "";
  }

  /** The entries of a registry that can be read, each on its own. */
  private static BoundModel entryByEntry(ObjectNode root, String name, TagFileException problem) {
    List<Integer> tagIndexes = new ArrayList<>();
    List<Integer> tocIndexes = new ArrayList<>();
    List<String> skipped = new ArrayList<>();
    List<Repair> repairs = new ArrayList<>();
    List<Tag> tags =
        entries(
            root, "tags", name, tagIndexes, skipped, repairs, registry -> registry.tags().get(0));
    List<TocSubproject> tocs =
        entries(
            root,
            "toc_subprojects",
            name,
            tocIndexes,
            skipped,
            repairs,
            registry -> registry.tocSubprojects().get(0));
    return new BoundModel(
        Optional.of(new TagRegistry(Layout.REGISTRY, tags, tocs)),
        tagIndexes,
        tocIndexes,
        skipped,
        repairs,
        Optional.of(problem));
  }

  private static <T> List<T> entries(
      ObjectNode root,
      String key,
      String name,
      List<Integer> indexes,
      List<String> skipped,
      List<Repair> repairs,
      Function<TagRegistry, T> entry) {
    List<T> read = new ArrayList<>();
    JsonNode list = root.get(key);
    if (list == null || !list.isArray()) {
      return read;
    }
    for (int i = 0; i < list.size(); i++) {
      String at = Pointers.child("/" + key, i);
      // The entry on its own is entry 0 of its list: its problems are found under /key/0.
      String alone = Pointers.child("/" + key, 0);
      List<Repair> made = new ArrayList<>();
      Optional<T> one =
          repaired(list.get(i), alone, made, value -> entry.apply(read(alone(key, value), name)));
      if (one.isPresent()) {
        read.add(one.get());
        indexes.add(i);
        for (Repair r : made) {
          repairs.add(
              new Repair(
                  at + r.pointer().substring(alone.length()),
                  at + r.owner().substring(alone.length()),
                  r.problem(),
                  r.standIn()));
        }
      } else {
        JsonNode value = list.get(i);
        if (!value.isNull() && !value.isEmpty()) { // an empty entry has nothing to skip
          skipped.add(at);
        }
      }
    }
    return read;
  }

  private static TagRegistry read(JsonNode tree, String name) {
    return TagRegistry.reader().lenient().readTree(tree, name);
  }

  /** A registry of the one entry {@code value} of its list {@code key}. */
  private static ObjectNode alone(String key, JsonNode value) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.putArray(key).add(value);
    return root;
  }

  private static List<Integer> indexes(int count) {
    return IntStream.range(0, count).boxed().toList();
  }
}
