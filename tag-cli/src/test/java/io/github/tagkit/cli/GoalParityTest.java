package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Each goal of tag-maven-plugin and its {@code tagkit} command take the same options (the goal's
 * parameters, read from the plugin's own descriptor) and give the same findings (both run on the
 * same repository, the goal by Maven itself).
 */
class GoalParityTest {
  /** The goals, each a command of the same name. */
  private static final List<String> GOALS =
      List.of("validate", "baseline", "generate", "fix", "rotate", "export", "sync");

  @Test
  void eachCommandTakesEveryOptionOfItsGoal() throws Exception {
    CommandLine tagkit = new CommandLine(new Tagkit(Path.of(""), null));
    for (String goal : GOALS) {
      Set<String> options = new TreeSet<>();
      for (OptionSpec option : tagkit.getSubcommands().get(goal).getCommandSpec().options()) {
        options.addAll(List.of(option.names()));
      }
      assertThat(options).as(goal).containsAll(optionsOfGoal(goal));
    }
  }

  /** The options of the goal's user-settable parameters, as the command names them. */
  private static List<String> optionsOfGoal(String goal) throws Exception {
    List<String> options = new ArrayList<>();
    try (InputStream in =
        GoalParityTest.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
      assertThat(in).as("the plugin's descriptor on the test class path").isNotNull();
      Element plugin =
          DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in).getDocumentElement();
      NodeList mojos = plugin.getElementsByTagName("mojo");
      for (int i = 0; i < mojos.getLength(); i++) {
        Element mojo = (Element) mojos.item(i);
        if (!text(mojo, "goal").equals(goal)) {
          continue;
        }
        NodeList parameters = mojo.getElementsByTagName("parameter");
        for (int j = 0; j < parameters.getLength(); j++) {
          Element parameter = (Element) parameters.item(j);
          String name = text(parameter, "name");
          if (text(parameter, "editable").equals("false") || name.equals("skip")) {
            continue; // Maven's own, or skipping the goal: a command is simply not run
          }
          options.add(name.equals("rules") ? "--rule" : "--" + Tagkit.kebab(name));
        }
      }
    }
    assertThat(options).as(goal).isNotEmpty();
    return options;
  }

  private static String text(Element element, String tag) {
    return element.getElementsByTagName(tag).item(0).getTextContent().strip();
  }

  /**
   * The same repository validated by {@code mvn tag:validate} (the plugin as the build's scenarios
   * installed it) and by {@code tagkit validate}: the same findings, in the same words.
   */
  @Test
  void theGoalAndTheCommandFindTheSame(@TempDir Path dir) throws Exception {
    Path plugin = ProjectFiles.path("tag-maven-plugin/target/local-repo");
    String version = Tagkit.Version.number();
    Assumptions.assumeTrue(
        Files.isDirectory(plugin.resolve("io/github/tagkit/tag-maven-plugin/" + version)),
        "the plugin's scenarios did not run in this build (-Dinvoker.skip): no installed plugin");
    Files.createDirectories(dir.resolve(".git"));
    Files.writeString(
        dir.resolve("tags.yaml"),
        Files.readString(ProjectFiles.excerpt())
            .replaceFirst("    label: tag-infrastructure\n", "    labl: tag-infrastructure\n"));
    // The plugin from the scenarios' repository; anything else it lacks from the outer build's,
    // as the scenarios resolve it: no network.
    Path outer = Path.of(System.getProperty("user.home"), ".m2", "repository");
    Path settings = dir.resolve("settings.xml");
    Files.writeString(
        settings,
        "<settings><mirrors><mirror><id>outer</id><mirrorOf>*</mirrorOf><url>"
            + outer.toUri()
            + "</url></mirror></mirrors></settings>");
    Process maven =
        new ProcessBuilder(
                "mvn",
                "-B",
                "-q",
                "-s",
                settings.toString(),
                "-Dmaven.repo.local=" + plugin,
                "io.github.tagkit:tag-maven-plugin:" + version + ":validate",
                "-Dtag.today=2026-07-01",
                "-Dtag.failOn=none",
                "-Dtag.formats=json",
                "-Dtag.reportDirectory=maven")
            .directory(dir.toFile())
            .redirectErrorStream(true)
            .start();
    String log = new String(maven.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(maven.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(maven.exitValue()).as(log).isZero();
    Cli cli =
        Cli.run(
            dir,
            "validate",
            "--today",
            "2026-07-01",
            "--fail-on",
            "none",
            "--formats",
            "json",
            "--report-directory",
            "cli");
    assertThat(cli.exit()).isZero();
    JsonNode byMaven = JsonMapper.shared().readTree(dir.resolve("maven/tag-report.json").toFile());
    JsonNode byCli = JsonMapper.shared().readTree(dir.resolve("cli/tag-report.json").toFile());
    assertThat(byCli.get("findings").size()).isGreaterThan(5);
    assertThat(byCli).isEqualTo(byMaven);
  }
}
