package io.github.tagkit.cli;

import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.TagFiles;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** What every command takes: the metadata files, and the day it works as of. */
final class Common {
  @Parameters(
      paramLabel = "PATH",
      arity = "0..*",
      description =
          "Metadata files or globs (tags.yaml, tags/**/tag.yaml); tags.yaml and tag.yaml of the"
              + " current directory by default.")
  List<String> paths = new ArrayList<>();

  @Option(
      names = "--files",
      paramLabel = "LIST",
      description = "The metadata files, comma-separated paths or globs (as -Dtag.files).")
  String files;

  @Option(
      names = "--today",
      paramLabel = "YYYY-MM-DD",
      description =
          "The day to work as of; today by default. Set it for results that hold on any day.")
  String today;

  /** The metadata files to work on, relative to {@code base}; a name that matches nothing fails. */
  List<Path> targets(Path base) {
    List<String> named = new ArrayList<>(paths);
    if (files != null) {
      named.addAll(TagFiles.split(files));
    }
    return named.isEmpty() ? TagFiles.defaults(base) : TagFiles.resolve(base, named);
  }

  /** The files as given, for a command a finding names. */
  Optional<String> filesOption() {
    List<String> named = new ArrayList<>(paths);
    if (files != null) {
      named.addAll(TagFiles.split(files));
    }
    return named.isEmpty() ? Optional.empty() : Optional.of(String.join(" ", named));
  }

  Optional<LocalDate> day() {
    if (today == null || today.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(LocalDate.parse(today.strip()));
    } catch (DateTimeParseException e) {
      throw new ConfigurationException("today", "'" + today + "' is not a date (YYYY-MM-DD)");
    }
  }
}
