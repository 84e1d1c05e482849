package io.github.tagkit.maven;

import io.github.tagkit.model.TagExport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Writes the metadata as one JSON document for scripts: every group with its people and their roles
 * and terms, its meetings and contacts, and the file, line and column each object and value came
 * from. The document's JSON Schema is written beside it as {@code tag-export.schema.json}. The
 * README shows the document read with {@code jq}.
 */
@Mojo(name = "export", threadSafe = true, requiresProject = false)
public class ExportMojo extends AbstractTagMojo {

  /** Where the document goes; {@code -} prints it to standard output (with {@code mvn -q}). */
  @Parameter(
      property = "tag.output",
      defaultValue = "${project.build.directory}/tag/tag-export.json")
  String output;

  @Override
  String goal() {
    return "export";
  }

  @Override
  String doing() {
    return "the export";
  }

  @Override
  void run(List<Path> targets) throws MojoExecutionException, MojoFailureException, IOException {
    if (targets.isEmpty()) {
      nothingToDo("export");
      return;
    }
    String json = TagExport.of(baseDirectory.toPath(), targets).json();
    if (output.strip().equals("-")) {
      printRaw(json);
      return;
    }
    Path file = buildPath(output, "tag/tag-export.json");
    try {
      Path directory = file.toAbsolutePath().getParent();
      Files.createDirectories(directory);
      Files.writeString(file, json, StandardCharsets.UTF_8);
      Path schema = directory.resolve("tag-export.schema.json");
      Files.writeString(schema, TagExport.schema(), StandardCharsets.UTF_8);
      getLog().info("Wrote " + file + " (" + targets.size() + " file(s)); its schema: " + schema);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot write " + file + ": " + e, e);
    }
  }
}
