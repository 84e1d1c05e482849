package io.github.tagkit.validator.rules;

import io.github.tagkit.model.Group;
import io.github.tagkit.model.Resource;
import io.github.tagkit.validator.spi.FindingSink;
import io.github.tagkit.validator.spi.LocatedGroup;
import io.github.tagkit.validator.spi.RuleContext;
import io.github.tagkit.validator.spi.Severity;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Every relative path in the metadata ({@code charter_link}, {@code landscape_preview_image},
 * {@code landscape_url}, a page resource's {@code url}) names a file or directory that exists in
 * the repository, and none leaves it. Paths are relative to the group's directory, or to the
 * repository root when they start with {@code /}, as GitHub renders them; a query or fragment is
 * not part of the path. URLs are not fetched.
 */
final class LocalPathExists extends BaseRule {
  private static final Pattern SCHEME = Pattern.compile("^[A-Za-z][A-Za-z0-9+.-]*:");

  LocalPathExists() {
    super(
        "local-path-exists",
        Severity.ERROR,
        "A relative path in the metadata names a file that does not exist, or leaves the"
            + " repository.");
  }

  /** A path-valued key of a group: where it is, and what it holds. */
  private record PathValue(String key, String pointer, String value) {}

  @Override
  public void check(RuleContext context, FindingSink findings) {
    if (context.repositoryRoot().isEmpty()) {
      return;
    }
    Path root = context.repositoryRoot().get();
    for (LocatedGroup group : context.groups()) {
      for (PathValue path : paths(group)) {
        local(path.value())
            .ifPresent(relative -> check(root, group.directory(), path, relative, findings));
      }
    }
  }

  private static List<PathValue> paths(LocatedGroup located) {
    Group group = located.group();
    String at = located.pointer();
    List<PathValue> paths = new ArrayList<>();
    group
        .charterLink()
        .ifPresent(v -> paths.add(new PathValue("charter_link", at + "/charter_link", v)));
    group
        .landscapePreviewImage()
        .ifPresent(
            v ->
                paths.add(
                    new PathValue("landscape_preview_image", at + "/landscape_preview_image", v)));
    group
        .landscapeUrl()
        .ifPresent(v -> paths.add(new PathValue("landscape_url", at + "/landscape_url", v)));
    group
        .page()
        .ifPresent(
            page -> {
              List<Resource> resources = page.resources();
              for (int i = 0; i < resources.size(); i++) {
                paths.add(
                    new PathValue(
                        "url", at + "/page/resources/" + i + "/url", resources.get(i).url()));
              }
            });
    return paths;
  }

  /** The path part of a relative reference; empty for a URL, a fragment alone or nothing. */
  private static Optional<String> local(String reference) {
    String value = reference.strip();
    if (value.isEmpty()
        || value.startsWith("#")
        || value.startsWith("//")
        || SCHEME.matcher(value).find()) {
      return Optional.empty();
    }
    int end = value.length();
    for (char c : new char[] {'#', '?'}) {
      int at = value.indexOf(c);
      if (at >= 0) {
        end = Math.min(end, at);
      }
    }
    String path = value.substring(0, end);
    try {
      return Optional.of(URLDecoder.decode(path.replace("+", "%2B"), StandardCharsets.UTF_8));
    } catch (IllegalArgumentException e) {
      return Optional.of(path); // a stray '%': the name as written
    }
  }

  private void check(
      Path root, Path directory, PathValue path, String relative, FindingSink findings) {
    Path resolved;
    try {
      resolved =
          relative.startsWith("/")
              ? Path.of(relative.substring(1)).normalize()
              : directory.resolve(relative).normalize();
    } catch (InvalidPathException e) {
      findings.report(path.pointer(), path.key() + " '" + path.value() + "' is not a path");
      return;
    }
    if (resolved.startsWith("..") || resolved.isAbsolute()) {
      findings.report(path.pointer(), path.key() + " '" + path.value() + "' leaves the repository");
    } else if (!Files.exists(root.resolve(resolved))) {
      findings.report(
          path.pointer(),
          path.key()
              + " '"
              + path.value()
              + "' names "
              + resolved.toString().replace('\\', '/')
              + ", which does not exist");
    }
  }
}
