package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Suggestions;
import io.github.tagkit.model.Tag;
import io.github.tagkit.model.TocSubproject;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Where the repository defines its GitHub labels ({@code .github/labels.yaml} or {@code .yml}, as
 * cncf/toc does), every label an initiatives link searches for ({@code label:...} in its query,
 * URL-encoded or not) is one of them, and so is each group's own label as cncf/toc names it: {@code
 * tag/<name>} for TAG {@code tag-<name>}, {@code sub/<name>} for TOC subproject {@code
 * <name>-subproject}. A link that searches for a label nobody applies finds nothing, silently.
 */
final class LabelExists extends BaseRule {
  private static final List<Path> FILES =
      List.of(Path.of(".github", "labels.yaml"), Path.of(".github", "labels.yml"));

  /** {@code label:name}, {@code label:"a name"} or {@code label:a,b} in a search query. */
  private static final Pattern LABEL = Pattern.compile("(?:^|\\s)-?label:(\"[^\"]*\"|\\S+)");

  LabelExists() {
    super(
        "label-exists",
        Severity.ERROR,
        "An initiatives link searches for a GitHub label, or a group's own label is one, that the"
            + " repository's .github/labels.yaml does not define.");
  }

  @Override
  public void check(RuleContext context, FindingSink findings) {
    for (Path file : FILES) {
      Optional<Set<String>> labels = context.yaml(file).map(LabelExists::names);
      if (labels.isPresent()) {
        check(context, slashes(file), labels.get(), findings);
        return;
      }
    }
  }

  private static void check(
      RuleContext context, String file, Set<String> labels, FindingSink findings) {
    for (LocatedGroup group : context.groups()) {
      Optional<String> own = ownLabel(group);
      own.filter(label -> !labels.contains(label))
          .ifPresent(
              label ->
                  findings.report(
                      group.pointer() + "/dir",
                      Leaders.shown(group.group().name())
                          + "'s label '"
                          + label
                          + "' is not defined in "
                          + file
                          + closest(label, labels)));
      String key = group.group() instanceof Tag ? "tag_initiatives" : "subproject_initiatives";
      initiatives(group)
          .ifPresent(
              url -> {
                for (String label : searched(url)) {
                  if (!labels.contains(label)) {
                    findings.report(
                        group.pointer() + "/" + key,
                        key
                            + " searches for label '"
                            + label
                            + "', which "
                            + file
                            + " does not define"
                            + hint(label, own, group, labels));
                  }
                }
              });
    }
  }

  private static Optional<String> ownLabel(LocatedGroup group) {
    String dir = group.group().dir();
    if (group.group() instanceof Tag && dir.startsWith("tag-")) {
      return Optional.of("tag/" + dir.substring("tag-".length()));
    }
    if (group.group() instanceof TocSubproject && dir.endsWith("-subproject")) {
      return Optional.of("sub/" + dir.substring(0, dir.length() - "-subproject".length()));
    }
    return Optional.empty();
  }

  private static Optional<String> initiatives(LocatedGroup group) {
    if (group.group() instanceof Tag tag) {
      return tag.initiativesUrl();
    }
    if (group.group() instanceof TocSubproject toc) {
      return toc.initiativesUrl();
    }
    return Optional.empty();
  }

  /** The labels a GitHub search link's {@code q} looks for. */
  static List<String> searched(String url) {
    int query = url.indexOf('?');
    List<String> labels = new ArrayList<>();
    if (query < 0) {
      return labels;
    }
    for (String parameter : url.substring(query + 1).split("&")) {
      if (!parameter.startsWith("q=")) {
        continue;
      }
      String q;
      try {
        q = URLDecoder.decode(parameter.substring(2), StandardCharsets.UTF_8);
      } catch (IllegalArgumentException e) {
        q = parameter.substring(2);
      }
      Matcher label = LABEL.matcher(q);
      while (label.find()) {
        for (String name : label.group(1).split(",")) {
          String bare = name.replace("\"", "").strip();
          if (!bare.isEmpty()) {
            labels.add(bare);
          }
        }
      }
    }
    return labels;
  }

  /** The label names of a labels file: {@code labels: [{name: ...}, ...]}. */
  private static Set<String> names(Object root) {
    Set<String> names = new LinkedHashSet<>();
    if (root instanceof Map<?, ?> file && file.get("labels") instanceof List<?> labels) {
      for (Object label : labels) {
        if (label instanceof Map<?, ?> entry && entry.get("name") instanceof String name) {
          names.add(name);
        }
      }
    }
    return names;
  }

  /**
   * The label to use instead of {@code label}: the group's own when {@code label} names the group
   * ({@code toc/mentoring-subproject} for {@code sub/mentoring}), else the closest defined one.
   */
  private static String hint(
      String label, Optional<String> own, LocatedGroup group, Set<String> labels) {
    String stem =
        group.group().dir().replaceFirst("^tag-", "").replaceFirst("-subproject$", "").strip();
    if (own.isPresent()
        && labels.contains(own.get())
        && !stem.isEmpty()
        && label.toLowerCase(Locale.ROOT).contains(stem.toLowerCase(Locale.ROOT))) {
      return "; this group's own label is '" + own.get() + "'";
    }
    return closest(label, labels);
  }

  private static String closest(String label, Set<String> labels) {
    return Suggestions.closest(label, labels)
        .map(c -> "; the closest that is: '" + c + "'")
        .orElse("");
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }
}
