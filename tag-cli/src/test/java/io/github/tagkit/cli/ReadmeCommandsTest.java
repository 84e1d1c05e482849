package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The README's section on the {@code tagkit} command, run as written: each {@code tagkit} line of
 * its shell blocks from the project's root, and the hooks its pre-commit block names.
 */
class ReadmeCommandsTest {
  private static final Pattern BLOCK = Pattern.compile("(?s)```(sh|yaml)\\n(.*?)```");

  private static String section() throws Exception {
    String readme = Files.readString(ProjectFiles.path("README.md"));
    int start = readme.indexOf("## Check your TAG repository: the `tagkit` command");
    assertThat(start).isNotNegative();
    int end = readme.indexOf("\n## ", start + 3);
    return readme.substring(start, end);
  }

  @Test
  void everyTagkitLineRunsAsWritten() throws Exception {
    List<String> lines = new ArrayList<>();
    Matcher block = BLOCK.matcher(section());
    while (block.find()) {
      if (block.group(1).equals("sh")) {
        block.group(2).lines().filter(l -> l.contains("tagkit.jar ")).forEach(lines::add);
      }
    }
    assertThat(lines).isNotEmpty();
    for (String line : lines) {
      String[] words = line.replaceFirst("\\s+#.*$", "").strip().split("\\s+");
      int jar = Arrays.asList(words).indexOf("tag-cli/target/tagkit.jar");
      String[] args = Arrays.copyOfRange(words, jar + 1, words.length);
      Cli run = Cli.run(ProjectFiles.root(), args);
      assertThat(run.exit()).as(line + "\n" + run.out() + run.err()).isZero();
      assertThat(run.out()).contains("TAG metadata: 1 file checked: 0 errors");
    }
  }

  @Test
  void thePreCommitHooksItNamesExist() throws Exception {
    String hooks = Files.readString(ProjectFiles.path(".pre-commit-hooks.yaml"));
    Matcher id = Pattern.compile("- id: (\\S+)").matcher(section());
    int found = 0;
    while (id.find()) {
      assertThat(hooks).contains("- id: " + id.group(1) + "\n");
      found++;
    }
    assertThat(found).isEqualTo(2);
  }
}
