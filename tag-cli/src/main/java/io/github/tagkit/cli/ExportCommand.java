package io.github.tagkit.cli;

import io.github.tagkit.model.TagExport;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;

/** {@code tagkit export}: {@code tag:export}, with the same options. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description =
        "Writes the metadata files as one JSON document, each object with its file, pointer and"
            + " lines, beside its JSON Schema.")
final class ExportCommand implements Callable<Integer> {
  @ParentCommand Tagkit tagkit;
  @Mixin Common common;

  @Option(
      names = "--output",
      paramLabel = "FILE",
      defaultValue = "target/tag/tag-export.json",
      description = "Where the document goes; - prints it to standard output alone.")
  String output;

  @Override
  public Integer call() throws Exception {
    Path base = tagkit.base();
    Console console = tagkit.console();
    List<Path> targets = common.targets(base);
    if (targets.isEmpty()) {
      throw Checked.nothingToDo(base, "export");
    }
    String json = TagExport.of(base, targets).json();
    if (output.strip().equals("-")) {
      console.raw(json);
      return 0;
    }
    Path file = base.resolve(output.strip());
    Path directory = file.toAbsolutePath().getParent();
    Files.createDirectories(directory);
    Files.writeString(file, json, StandardCharsets.UTF_8);
    Path schema = directory.resolve("tag-export.schema.json");
    Files.writeString(schema, TagExport.schema(), StandardCharsets.UTF_8);
    console.info(
        "Wrote "
            + base.relativize(file.toAbsolutePath())
            + " ("
            + targets.size()
            + " file(s)); its schema: "
            + base.relativize(schema.toAbsolutePath()));
    return 0;
  }
}
