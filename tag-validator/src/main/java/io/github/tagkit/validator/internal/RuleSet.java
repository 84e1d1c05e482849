package io.github.tagkit.validator.internal;

import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Rule;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks of one validator: the built-in checks of reading and of the schema, its rules (the
 * built-in ones and any added), then the checks of the exemptions file; every id once.
 */
public final class RuleSet {
  private static final Pattern KEBAB = Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*");

  private final List<Rule> rules;
  private final Map<Rule, RuleInfo> infos = new IdentityHashMap<>();
  private final Map<String, RuleInfo> byId = new LinkedHashMap<>();

  private RuleSet(List<Rule> rules) {
    this.rules = List.copyOf(rules);
    BuiltInChecks.READING.forEach(this::add);
    for (Rule rule : this.rules) {
      RuleInfo info = describe(rule);
      infos.put(rule, info);
      add(info);
    }
    BuiltInChecks.EXEMPTIONS.forEach(this::add);
  }

  /**
   * The built-in checks and {@code rules}.
   *
   * @throws IllegalArgumentException when a rule's id is not kebab-case or is taken
   */
  public static RuleSet of(List<Rule> rules) {
    return new RuleSet(rules);
  }

  private static RuleInfo describe(Rule rule) {
    String id = Objects.requireNonNull(rule.id(), "a rule's id");
    if (!KEBAB.matcher(id).matches()) {
      throw new IllegalArgumentException(
          "rule id '" + id + "' of " + rule.getClass().getName() + " is not kebab-case");
    }
    return new RuleInfo(
        id,
        Objects.requireNonNull(rule.severity(), "the severity of rule " + id),
        Objects.requireNonNull(rule.description(), "the description of rule " + id),
        Objects.requireNonNull(rule.help(), "the help of rule " + id),
        Objects.requireNonNull(rule.helpUri(), "the help link of rule " + id));
  }

  private void add(RuleInfo info) {
    if (byId.putIfAbsent(info.id(), info) != null) {
      throw new IllegalArgumentException("two rules have the id '" + info.id() + "'");
    }
  }

  /** Every check, in the order reports list them. */
  public List<RuleInfo> all() {
    return List.copyOf(byId.values());
  }

  /** The check with {@code id}, if there is one. */
  public Optional<RuleInfo> byId(String id) {
    return Optional.ofNullable(byId.get(id));
  }

  /** Every id, in order. */
  public List<String> ids() {
    return new ArrayList<>(byId.keySet());
  }

  List<Rule> rules() {
    return rules;
  }

  RuleInfo info(Rule rule) {
    return infos.get(rule);
  }
}
