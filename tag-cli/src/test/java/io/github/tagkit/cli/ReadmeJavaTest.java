package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's "Embed the validator" snippet, compiled and run as a tool author would: in a
 * directory with a tags.yaml and no .tagkit.yaml, against tagkit's own classes.
 */
class ReadmeJavaTest {

  @Test
  void theEmbedSnippetCompilesAndRunsWhereNoExemptionsFileIs(@TempDir Path dir) throws Exception {
    String readme = Files.readString(ProjectFiles.path("README.md"));
    int section = readme.indexOf("## Embed the validator");
    Matcher block = Pattern.compile("(?s)```java\\n(.*?)```").matcher(readme);
    assertThat(block.find(section)).isTrue();
    String snippet = block.group(1);
    Path source = dir.resolve("src/Embed.java");
    Files.createDirectories(source.getParent());
    Files.writeString(
        source,
        "import io.github.tagkit.validator.*;\nimport java.nio.file.Path;\n"
            + "import java.time.LocalDate;\n"
            + "public class Embed {\n  public static void main(String[] args) {\n"
            + snippet
            + "    System.out.println(\"SARIF \" + sarif.length());\n  }\n}\n");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Path classes = Files.createDirectories(dir.resolve("classes"));
    int compiled =
        ToolProvider.getSystemJavaCompiler()
            .run(null, null, null, "-d", classes.toString(), "-cp", classpath, source.toString());
    assertThat(compiled).as("the snippet compiles").isZero();

    Path repo = Files.createDirectories(dir.resolve("repo"));
    Files.copy(ProjectFiles.excerpt(), repo.resolve("tags.yaml"));
    Process run =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp",
                classes + File.pathSeparator + classpath,
                "Embed")
            .directory(repo.toFile())
            .redirectErrorStream(true)
            .start();
    String out = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(run.exitValue()).as(out).isZero();
    List<String> lines = out.lines().toList();
    // the findings of the excerpt as of the snippet's day, as its comment shows them
    assertThat(lines).anyMatch(l -> l.startsWith("tags.yaml:58:13: error [term-expired] "));
    assertThat(lines.get(lines.size() - 1)).startsWith("SARIF ");
  }
}
