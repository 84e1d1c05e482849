package io.github.tagkit.pages;

import com.github.difflib.DiffUtils;
import com.github.difflib.UnifiedDiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Patch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes generated pages into a repository and tells which ones drifted from their metadata.
 * Content between {@code <!-- BEGIN CUSTOM CONTENT -->} and {@code <!-- END CUSTOM CONTENT -->} in
 * an existing page is kept. Writes are atomic (a temporary file moved into place), skip pages that
 * would not change, and never follow a symbolic link or leave the repository.
 */
public final class PageFiles {
  static final String BEGIN = "<!-- BEGIN CUSTOM CONTENT -->";
  static final String END = "<!-- END CUSTOM CONTENT -->";
  private static final Pattern CUSTOM =
      Pattern.compile(Pattern.quote(BEGIN) + "(.*?)" + Pattern.quote(END), Pattern.DOTALL);
  private static final int MAX_DIFF_LINES = 40;

  private PageFiles() {}

  /** What writing a page did. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  /** A page and what writing it did. */
  public record Written(String path, Outcome outcome) {}

  /** A page whose file differs from what its metadata renders to. */
  public record Drift(String path, int line, String diff) {}

  /** Writes {@code pages} under {@code root}; returns what happened to each, in order. */
  public static List<Written> write(Path root, List<GeneratedPage> pages) throws IOException {
    List<Written> written = new ArrayList<>();
    for (GeneratedPage page : pages) {
      Path file = PagePaths.resolve(root, page.path());
      refuseLinks(root, file);
      Optional<String> existing = read(file);
      String content = merge(page.content(), existing);
      if (existing.isPresent() && existing.get().equals(content)) {
        written.add(new Written(page.path(), Outcome.UNCHANGED));
        continue;
      }
      Files.createDirectories(file.getParent());
      Path temporary = Files.createTempFile(file.getParent(), ".tagkit-", ".tmp");
      try {
        Files.writeString(temporary, content, StandardCharsets.UTF_8);
        try {
          Files.move(
              temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
          Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
        }
      } finally {
        Files.deleteIfExists(temporary);
      }
      written.add(
          new Written(page.path(), existing.isPresent() ? Outcome.UPDATED : Outcome.CREATED));
    }
    return written;
  }

  /**
   * The pages under {@code root} that differ from {@code pages} (custom content aside), each with
   * the first line that differs and a unified diff, capped at 40 lines. A page that does not exist
   * yet is not drift: it has not been generated.
   */
  public static List<Drift> drift(Path root, List<GeneratedPage> pages) throws IOException {
    List<Drift> drifts = new ArrayList<>();
    for (GeneratedPage page : pages) {
      Path file = PagePaths.resolve(root, page.path());
      Optional<String> existing = read(file);
      if (existing.isEmpty()) {
        continue;
      }
      String expected = merge(page.content(), existing);
      if (!expected.equals(existing.get())) {
        drifts.add(diff(page.path(), existing.get(), expected));
      }
    }
    return drifts;
  }

  private static Drift diff(String path, String actual, String expected) {
    List<String> actualLines = actual.lines().toList();
    List<String> expectedLines = expected.lines().toList();
    Patch<String> patch = DiffUtils.diff(actualLines, expectedLines);
    List<AbstractDelta<String>> deltas = patch.getDeltas();
    int line = deltas.isEmpty() ? 1 : deltas.get(0).getSource().getPosition() + 1;
    List<String> unified =
        UnifiedDiffUtils.generateUnifiedDiff(path, path + " (generated)", actualLines, patch, 2);
    String text =
        unified.size() <= MAX_DIFF_LINES
            ? String.join("\n", unified)
            : String.join("\n", unified.subList(0, MAX_DIFF_LINES))
                + "\n... "
                + (unified.size() - MAX_DIFF_LINES)
                + " more diff lines";
    return new Drift(path, Math.min(line, Math.max(1, actualLines.size())), text);
  }

  /** The generated page with the custom content of the existing one, if it has any. */
  static String merge(String generated, Optional<String> existing) {
    Optional<String> custom =
        existing.flatMap(
            text -> {
              Matcher matcher = CUSTOM.matcher(text);
              return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
            });
    if (custom.isEmpty()) {
      return generated;
    }
    Matcher matcher = CUSTOM.matcher(generated);
    return matcher.find()
        ? generated.substring(0, matcher.start())
            + BEGIN
            + custom.get()
            + END
            + generated.substring(matcher.end())
        : generated;
  }

  private static Optional<String> read(Path file) throws IOException {
    return Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)
        ? Optional.of(Files.readString(file, StandardCharsets.UTF_8))
        : Optional.empty();
  }

  /** Refuses to write through a symbolic link anywhere between the repository and the page. */
  private static void refuseLinks(Path root, Path file) throws IOException {
    Path base = root.toAbsolutePath().normalize();
    for (Path p = file; p != null && p.startsWith(base) && !p.equals(base); p = p.getParent()) {
      if (Files.isSymbolicLink(p)) {
        throw new IOException(
            "refusing to write "
                + base.relativize(file)
                + ": "
                + base.relativize(p)
                + " is a symbolic link");
      }
    }
  }
}
