package io.github.tagkit.pages;

import io.github.tagkit.validator.TagFiles;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * When a hand-kept copy last changed, and how that is known: its last commit where it is in a git
 * checkout with no change since, else the file's own time. Which of two copies is newer, for the
 * checks and the sync that must say so.
 *
 * @param at when it last changed
 * @param how how that is known
 */
record LastChange(Instant at, String how) {

  /** When {@code file} last changed; empty when that cannot be known. */
  static Optional<LastChange> of(Path file) {
    Optional<LastChange> committed = lastCommit(file);
    if (committed.isPresent()) {
      return committed;
    }
    try {
      return Optional.of(
          new LastChange(Files.getLastModifiedTime(file).toInstant(), "the file's own time"));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The file's last commit, when it is in a git checkout and unchanged since. */
  private static Optional<LastChange> lastCommit(Path file) {
    Path absolute = file.toAbsolutePath().normalize();
    Optional<Path> root = TagFiles.repositoryRoot(absolute.getParent());
    if (root.isEmpty()) {
      return Optional.empty();
    }
    String relative = root.get().relativize(absolute).toString();
    Optional<String> status = git(root.get(), "status", "--porcelain", "--", relative);
    if (status.isEmpty() || !status.get().isBlank()) {
      return Optional.empty(); // changed since its last commit, or not in one
    }
    return git(root.get(), "log", "-1", "--format=%cI", "--", relative)
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .flatMap(
            date -> {
              try {
                return Optional.of(
                    new LastChange(OffsetDateTime.parse(date).toInstant(), "its last commit"));
              } catch (DateTimeParseException e) {
                return Optional.empty();
              }
            });
  }

  private static Optional<String> git(Path root, String... args) {
    List<String> command = new ArrayList<>(List.of("git", "-C", root.toString()));
    command.addAll(List.of(args));
    try {
      Process git =
          new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
      git.getOutputStream().close();
      byte[] out;
      try (InputStream in = git.getInputStream()) {
        out = in.readNBytes(64 * 1024);
      }
      if (!git.waitFor(10, TimeUnit.SECONDS)) {
        git.destroyForcibly();
        return Optional.empty();
      }
      return git.exitValue() == 0
          ? Optional.of(new String(out, StandardCharsets.UTF_8))
          : Optional.empty();
    } catch (IOException e) {
      return Optional.empty(); // no git here: the files' own times decide
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return Optional.empty();
    }
  }

  String day() {
    return at.atOffset(ZoneOffset.UTC).toLocalDate() + " (" + how + ")";
  }

  /** Which of the page and the metadata changed last, and the words that say so. */
  record Dates(Optional<Boolean> pageNewer, String evidence) {

    static Dates of(Optional<LastChange> page, Optional<LastChange> metadata, String metadataName) {
      if (page.isEmpty() || metadata.isEmpty()) {
        return new Dates(
            Optional.empty(), "when the page or " + metadataName + " changed is unknown");
      }
      Duration apart = Duration.between(metadata.get().at(), page.get().at());
      if (apart.abs().compareTo(Duration.ofSeconds(1)) <= 0) {
        return new Dates(
            Optional.empty(), "the page and " + metadataName + " changed at the same time");
      }
      boolean newer = !apart.isNegative();
      return new Dates(
          Optional.of(newer),
          "the page changed "
              + page.get().day()
              + (newer ? " after " : " before ")
              + metadataName
              + " did, "
              + metadata.get().day());
    }
  }
}
