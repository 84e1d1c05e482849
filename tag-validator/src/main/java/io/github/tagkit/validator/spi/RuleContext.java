package io.github.tagkit.validator.spi;

import io.github.tagkit.model.TagRegistry;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What a rule sees of one metadata file: the model read from it, its groups with their pointers,
 * its raw values, where it lives, and the day to count terms from.
 */
public interface RuleContext {

  /**
   * {@return the day term rules count from: the validator's {@code today}, fixed for the whole run}
   */
  LocalDate today();

  /**
   * {@return the model read from the file; empty when the file's values could not be read into it
   * (the schema's findings say why)}
   */
  Optional<TagRegistry> registry();

  /**
   * {@return every group with its pointer and directory: each TAG and its subprojects, then the TOC
   * subprojects} Empty when {@link #registry()} is.
   */
  List<LocatedGroup> groups();

  /**
   * {@return the file's values as plain Java values: {@code Map<String, Object>} for a mapping (in
   * the file's order), {@code List<Object>} for a list, and {@code String}, {@code Integer}, {@code
   * Long}, {@code BigInteger}, {@code BigDecimal}, {@code Boolean} or {@code null} for a value}
   * Read-only.
   */
  Object root();

  /**
   * {@return the value at {@code pointer}, as {@link #root()} gives values; empty when the file has
   * none}
   *
   * @param pointer the JSON pointer
   */
  Optional<Object> value(String pointer);

  /** {@return the checked file; empty when text without a file is validated} */
  Optional<Path> file();

  /**
   * {@return the directory the file's relative paths start from (its charter links, its pages): the
   * directory the file is in} Empty when text without a file is validated; rules that look at other
   * files then have nothing to check.
   */
  Optional<Path> repositoryRoot();

  /**
   * {@return the values of another YAML (or JSON) file of the repository, such as {@code
   * .github/labels.yaml}, as {@link #root()} gives them; {@code relative} is relative to {@link
   * #repositoryRoot()}} Empty when there is no such file, or it cannot be read as YAML: a rule that
   * looks at it then has nothing to check.
   *
   * @param relative the file, relative to the repository's root
   */
  Optional<Object> yaml(Path relative);

  /**
   * {@return what {@code compute} derives from this file, computed by the first rule that asks for
   * {@code key} and kept for the others, so that rules share work per file}
   *
   * @param key the key of what is derived, the same for every rule that asks
   * @param compute what derives it
   * @param <T> the type of what is derived
   */
  <T> T derived(Object key, Supplier<T> compute);
}
