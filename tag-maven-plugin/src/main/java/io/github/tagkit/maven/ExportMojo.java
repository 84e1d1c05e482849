package io.github.tagkit.maven;

import io.github.tagkit.model.TagExport;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.validator.ConfigurationException;
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
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("Skipping the export (tag.skip)");
      return;
    }
    List<Path> targets;
    try {
      targets = targets();
    } catch (ConfigurationException e) {
      throw invalid("export", e);
    }
    if (targets.isEmpty()) {
      nothingToDo("export");
      return;
    }
    String json;
    try {
      json = TagExport.of(baseDirectory.toPath(), targets).json();
    } catch (TagFileException e) {
      throw new MojoFailureException(
          e.getMessage() + "\nRun '" + command("validate") + "' to see every problem.", e);
    } catch (IOException e) {
      throw new MojoExecutionException("Cannot read the metadata: " + e, e);
    }
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
