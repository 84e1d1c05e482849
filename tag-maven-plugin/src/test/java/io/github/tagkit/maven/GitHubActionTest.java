package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The composite action at the repository's root ({@code action.yml}) and the workflows of {@code
 * examples/github-actions/}: each parses as YAML, has the keys GitHub requires, declares every
 * input it reads and reads every input it declares, passes only parameters the validate goal has,
 * names every action at its current major version, and runs scripts that shellcheck passes.
 */
class GitHubActionTest {
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  /**
   * The current major version of every action the files use, from each action's releases as of
   * 2026-12: checkout v6 (Node 24), setup-java v6, codeql-action v4 (v3 ran on Node 20, which
   * GitHub's runners retired in September 2026). tagkit's own action is tagged v0 until 1.0.
   */
  private static final Map<String, String> CURRENT =
      Map.of(
          "actions/checkout", "v6",
          "actions/setup-java", "v6",
          "github/codeql-action/upload-sarif", "v4",
          "tagkit/tagkit", "v0");

  private static final Pattern INPUT = Pattern.compile("\\binputs\\.([A-Za-z0-9_-]+)");
  private static final Pattern PROPERTY = Pattern.compile("-D(tag\\.[A-Za-z]+)=");

  @Test
  void theActionIsACompositeActionWithTheInputsItPromises() throws IOException {
    Map<String, Object> action = yaml(ROOT.resolve("action.yml"));
    assertThat(action).containsKeys("name", "description", "inputs", "runs");
    assertThat(map(action.get("runs"))).containsEntry("using", "composite");
    Map<String, Object> inputs = map(action.get("inputs"));
    assertThat(inputs)
        .containsKeys("files", "fail-on", "formats", "today", "tagkit-version", "category");
    inputs.forEach(
        (name, input) -> assertThat(map(input)).as(name).containsKeys("description", "default"));
    for (Map<String, Object> step : steps(map(action.get("runs")))) {
      if (step.containsKey("run")) {
        assertThat(step).as("a composite step's run needs a shell").containsKey("shell");
      }
    }
  }

  @Test
  void everyInputIsUsedAndEveryUsedInputIsDeclared() throws IOException {
    Map<String, Object> action = yaml(ROOT.resolve("action.yml"));
    Set<String> declared = map(action.get("inputs")).keySet();
    Set<String> used = new TreeSet<>();
    Matcher m = INPUT.matcher(action.get("runs") + " " + action.get("outputs"));
    while (m.find()) {
      used.add(m.group(1));
    }
    assertThat(used).containsExactlyInAnyOrderElementsOf(declared);
  }

  @Test
  void scriptsReadInputsFromTheEnvironmentNotFromTheirText() throws IOException {
    for (Path file : files()) {
      for (Map<String, Object> step : allSteps(yaml(file))) {
        if (step.get("run") instanceof String script) {
          assertThat(script).as(file + ": " + step.get("name")).doesNotContain("${{");
        }
      }
    }
  }

  @Test
  void theActionPassesOnlyParametersTheValidateGoalHas() throws Exception {
    Set<String> properties = validateProperties();
    assertThat(properties).contains("tag.files", "tag.failOn", "tag.formats", "tag.today");
    Set<String> passed = new TreeSet<>();
    Matcher m = PROPERTY.matcher(Files.readString(ROOT.resolve("action.yml")));
    while (m.find()) {
      passed.add(m.group(1));
    }
    assertThat(passed).isNotEmpty();
    assertThat(properties).containsAll(passed);
  }

  @Test
  void theActionRunsTheVersionThisBuildMakes() throws Exception {
    Map<String, Object> input =
        map(map(yaml(ROOT.resolve("action.yml")).get("inputs")).get("tagkit-version"));
    String revision =
        Xml.text(
            Xml.child(Xml.read(ROOT.resolve("pom.xml")), "properties").orElseThrow(), "revision");
    assertThat(input.get("default")).isEqualTo(revision);
  }

  @Test
  void everyActionIsOnItsCurrentMajorVersion() throws IOException {
    Set<String> seen = new LinkedHashSet<>();
    for (Path file : files()) {
      for (Map<String, Object> step : allSteps(yaml(file))) {
        if (step.get("uses") instanceof String uses) {
          int at = uses.indexOf('@');
          assertThat(at).as(file + ": " + uses + " names a version").isPositive();
          String action = uses.substring(0, at);
          assertThat(CURRENT).as(file + ": the current major of " + action).containsKey(action);
          assertThat(uses.substring(at + 1))
              .as(file + ": " + action)
              .isEqualTo(CURRENT.get(action));
          seen.add(action);
        }
      }
    }
    assertThat(seen).containsExactlyInAnyOrderElementsOf(CURRENT.keySet());
  }

  @Test
  void theWorkflowsHaveTriggersJobsAndTheActionsInputs() throws IOException {
    Set<String> inputs = map(yaml(ROOT.resolve("action.yml")).get("inputs")).keySet();
    List<Path> workflows = workflows();
    assertThat(workflows)
        .extracting(p -> p.getFileName().toString())
        .contains("tag-validate.yml", "leadership-terms.yml");
    for (Path file : workflows) {
      Map<String, Object> workflow = yaml(file);
      assertThat(workflow).as(file.toString()).containsKeys("name", "on", "permissions", "jobs");
      for (Object job : map(workflow.get("jobs")).values()) {
        assertThat(map(job)).containsKeys("runs-on", "steps");
      }
      for (Map<String, Object> step : allSteps(workflow)) {
        if (String.valueOf(step.get("uses")).startsWith("tagkit/tagkit@")) {
          assertThat(inputs).as(file + ": inputs of action.yml").containsAll(with(step).keySet());
        }
      }
    }
    Map<String, Object> terms = yaml(ROOT.resolve("examples/github-actions/leadership-terms.yml"));
    Object schedule = map(terms.get("on")).get("schedule");
    assertThat(schedule).isInstanceOf(List.class);
    String cron = String.valueOf(map(((List<?>) schedule).get(0)).get("cron"));
    assertThat(cron.split(" ")).hasSize(5);
    assertThat(map(terms.get("permissions"))).containsEntry("issues", "write");
    assertThat(allSteps(terms))
        .anySatisfy(step -> assertThat(with(step)).containsEntry("formats", "terms"))
        .anySatisfy(
            step -> assertThat(String.valueOf(step.get("run"))).contains("gh issue create"));
  }

  /**
   * The cncf/toc workflow that replaces the Go generator's: it runs on pull requests that change
   * tags.yaml, from forks too, with the write access committing the READMEs needs, and so never
   * runs the pull request's code: the checkout is the base branch's, only metadata files are taken
   * from the pull request, Maven's output is bracketed, and only READMEs are committed.
   */
  @Test
  void theCncfTocWorkflowRegeneratesReadmesWithoutRunningThePullRequest() throws IOException {
    Path file = ROOT.resolve("examples/github-actions/cncf-toc/tags-yaml-pr.yml");
    Map<String, Object> workflow = yaml(file);
    Map<String, Object> on = map(workflow.get("on"));
    assertThat(on).containsOnlyKeys("pull_request_target");
    assertThat(map(on.get("pull_request_target")).get("paths")).isEqualTo(List.of("tags.yaml"));
    assertThat(map(workflow.get("permissions")))
        .containsOnly(Map.entry("contents", "write"), Map.entry("pull-requests", "write"));
    List<Map<String, Object>> steps = allSteps(workflow);
    assertThat(steps)
        .filteredOn(step -> String.valueOf(step.get("uses")).startsWith("actions/checkout@"))
        .singleElement()
        .satisfies(step -> assertThat(with(step)).doesNotContainKey("ref"));
    String scripts =
        steps.stream()
            .map(step -> String.valueOf(step.getOrDefault("run", "")))
            .reduce("", String::concat);
    assertThat(scripts)
        .contains("git checkout pr-head -- tags.yaml")
        .doesNotContain("git checkout pr-head\n")
        .doesNotContain("git add .")
        .doesNotContain("git add -A")
        .contains("::stop-commands::");
    assertThat(steps)
        .anySatisfy(
            step -> assertThat(String.valueOf(step.get("uses"))).startsWith("tagkit/tagkit@"));
  }

  /**
   * The validate step as the runner reads its output: with a Maven that prints workflow commands
   * (as a hostile name in a finding would), the only commands the runner acts on are tagkit's own
   * annotations from its report, and the bracket that stops the others.
   */
  @Test
  void onlyTagkitsOwnAnnotationsAreReadAsCommands(@TempDir Path dir) throws Exception {
    Map<String, Object> validate =
        steps(map(yaml(ROOT.resolve("action.yml")).get("runs"))).stream()
            .filter(step -> "validate".equals(step.get("id")))
            .findFirst()
            .orElseThrow();
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path mvn = bin.resolve("mvn");
    Files.writeString(
        mvn,
        "#!/usr/bin/env bash\n"
            + "echo '[ERROR] tag.yaml:1:1: [require-chairs] TAG X'\n"
            + "echo '::error file=tag.yaml,line=1::printed inside the build'\n"
            + "echo '::add-mask::secret'\n"
            + "for arg in \"$@\"; do case \"$arg\" in -Dtag.reportDirectory=*)"
            + " reports=\"${arg#*=}\" ;; esac; done\n"
            + "mkdir -p \"$reports\"\n"
            + "echo '::error file=tag.yaml,line=1,col=1::[require-chairs] TAG X lists no chairs'"
            + " > \"$reports/tag-report-github.txt\"\n"
            + "echo '{}' > \"$reports/tag-report.sarif\"\n"
            + "exit 1\n");
    assertThat(mvn.toFile().setExecutable(true)).isTrue();
    Path script = Files.writeString(dir.resolve("validate.sh"), (String) validate.get("run"));
    ProcessBuilder run = new ProcessBuilder("bash", script.toString()).directory(dir.toFile());
    run.environment().put("PATH", bin + ":" + System.getenv("PATH"));
    run.environment().put("GITHUB_OUTPUT", dir.resolve("output").toString());
    run.environment().put("TAGKIT_VERSION", "0.1.0");
    run.environment().put("TAGKIT_FAIL_ON", "error");
    run.environment().put("TAGKIT_EXPIRY_WARNING_DAYS", "30");
    run.environment().put("RUNNER_TEMP", dir.resolve("runner-temp").toString());
    Process process = run.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
    // The runner: a line starting with :: is a command, unless commands are stopped, until
    // ::<token>:: starts them again.
    List<String> read = new java.util.ArrayList<>();
    String stopped = null;
    for (String line : output.split("\r?\n")) {
      if (stopped != null) {
        if (line.equals("::" + stopped + "::")) {
          stopped = null;
        }
      } else if (line.startsWith("::stop-commands::")) {
        stopped = line.substring("::stop-commands::".length());
        assertThat(stopped).as("a token no one can guess").matches("[0-9a-f]{32}");
      } else if (line.startsWith("::")) {
        read.add(line);
      }
    }
    assertThat(read)
        .containsExactly(
            "::error file=tag.yaml,line=1,col=1::[require-chairs] TAG X lists no chairs");
    // The reports are outside the checkout, in the runner's temporary directory.
    assertThat(Files.readString(dir.resolve("output")))
        .contains("exit-code=1")
        .contains("sarif-file=" + dir.resolve("runner-temp/tagkit/tag-report.sarif"));
    assertThat(dir.resolve("target")).doesNotExist();
  }

  @Test
  void shellcheckPassesEveryScript() throws Exception {
    assumeTrue(onPath("shellcheck"), "shellcheck is not installed (.ci/run installs it)");
    for (Path file : files()) {
      for (Map<String, Object> step : allSteps(yaml(file))) {
        if (step.get("run") instanceof String script) {
          Path copy = Files.createTempFile("step", ".sh");
          Files.writeString(copy, "#!/usr/bin/env bash\nset -euo pipefail\n" + script);
          Process shellcheck =
              new ProcessBuilder("shellcheck", "--shell=bash", copy.toString())
                  .redirectErrorStream(true)
                  .start();
          String out =
              new String(shellcheck.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
          assertThat(shellcheck.waitFor(60, TimeUnit.SECONDS)).isTrue();
          assertThat(out).as(file + ": " + step.get("name")).isEmpty();
          assertThat(shellcheck.exitValue()).isZero();
          Files.delete(copy);
        }
      }
    }
  }

  /** The user properties of the validate goal's parameters, from the built plugin descriptor. */
  private static Set<String> validateProperties() throws Exception {
    Path descriptor = Path.of("target/classes/META-INF/maven/plugin.xml");
    assertThat(descriptor).exists();
    Element plugin = Xml.read(descriptor);
    NodeList mojos = plugin.getElementsByTagName("mojo");
    for (int i = 0; i < mojos.getLength(); i++) {
      Element mojo = (Element) mojos.item(i);
      if (mojo.getElementsByTagName("goal").item(0).getTextContent().equals("validate")) {
        Set<String> properties = new TreeSet<>();
        String configuration = mojo.getElementsByTagName("configuration").item(0).getTextContent();
        Matcher m = Pattern.compile("\\$\\{(tag\\.[A-Za-z]+)}").matcher(configuration);
        while (m.find()) {
          properties.add(m.group(1));
        }
        return properties;
      }
    }
    throw new AssertionError("no validate goal in " + descriptor);
  }

  private static List<Path> files() throws IOException {
    List<Path> files = new ArrayList<>();
    files.add(ROOT.resolve("action.yml"));
    files.addAll(workflows());
    return files;
  }

  private static List<Path> workflows() throws IOException {
    try (Stream<Path> files = Files.walk(ROOT.resolve("examples/github-actions"))) {
      return files.filter(p -> p.toString().endsWith(".yml")).sorted().toList();
    }
  }

  /** Every step of an action's {@code runs} or of every job of a workflow. */
  private static List<Map<String, Object>> allSteps(Map<String, Object> file) {
    List<Map<String, Object>> steps = new ArrayList<>();
    if (file.containsKey("runs")) {
      steps.addAll(steps(map(file.get("runs"))));
    }
    if (file.containsKey("jobs")) {
      map(file.get("jobs")).values().forEach(job -> steps.addAll(steps(map(job))));
    }
    return steps;
  }

  private static List<Map<String, Object>> steps(Map<String, Object> owner) {
    List<Map<String, Object>> steps = new ArrayList<>();
    for (Object step : (List<?>) owner.get("steps")) {
      steps.add(map(step));
    }
    return steps;
  }

  private static Map<String, Object> with(Map<String, Object> step) {
    return step.containsKey("with") ? map(step.get("with")) : Map.of();
  }

  private static Map<String, Object> yaml(Path file) throws IOException {
    Object loaded =
        new Load(LoadSettings.builder().setAllowDuplicateKeys(false).build())
            .loadFromString(Files.readString(file));
    return map(loaded);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> map(Object value) {
    assertThat(value).isInstanceOf(Map.class);
    return (Map<String, Object>) value;
  }

  private static boolean onPath(String command) {
    String path = System.getenv().getOrDefault("PATH", "");
    for (String dir : path.split(java.io.File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
