package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.validator.spi.Rule;
import io.github.tagkit.validator.spi.Severity;
import io.github.tagkit.validator.testing.RuleHarness;
import java.io.File;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Rules of a user's own, in a jar that lists them as services of the rule API: found, run, and
 * reported with their help like the built-in rules, at the level the configuration sets.
 */
class RuleDiscoveryTest {
  private static final String YAML = "dir: tag-x\nname: TAG X\n";

  /** A rule as a user would write it, in a jar of its own: public, made without parameters. */
  private static final String RULE =
      """
      package org.example.rules;

      import io.github.tagkit.model.Tag;
      import io.github.tagkit.validator.spi.FindingSink;
      import io.github.tagkit.validator.spi.LocatedGroup;
      import io.github.tagkit.validator.spi.Rule;
      import io.github.tagkit.validator.spi.RuleContext;
      import io.github.tagkit.validator.spi.Severity;
      import java.util.Optional;

      public final class RequireLandscape implements Rule {
        public String id() {
          return "require-landscape";
        }

        public Severity severity() {
          return Severity.WARNING;
        }

        public String description() {
          return "A TAG links no landscape.";
        }

        public Optional<String> help() {
          return Optional.of(
              "**Why:** The landscape shows the projects.\\n\\n**Fix:** Add `landscape_url`.");
        }

        public Optional<String> helpUri() {
          return Optional.of("https://example.org/rules#require-landscape");
        }

        public void check(RuleContext context, FindingSink findings) {
          for (LocatedGroup group : context.groups()) {
            if (group.group() instanceof Tag tag && tag.landscapeUrl().isEmpty()) {
              findings.report(group.pointer(), tag.name() + " links no landscape; add landscape_url");
            }
          }
        }
      }
      """;

  private static final String NAME = "org.example.rules.RequireLandscape";

  /**
   * A class loader over a jar's classes that lists {@code providers} as rules, with {@link #RULE}
   * compiled into it against tagkit's API.
   */
  private static ClassLoader jar(Path dir, String providers) throws Exception {
    Path source = dir.resolve("src/org/example/rules/RequireLandscape.java");
    Files.createDirectories(source.getParent());
    Files.writeString(source, RULE);
    Path classes = Files.createDirectories(dir.resolve("classes"));
    String classpath =
        String.join(
            File.pathSeparator,
            System.getProperty("java.class.path", ""),
            System.getProperty("jdk.module.path", ""));
    // The JDK's javac in a process of its own, as the rule's own build would compile it.
    Process javac =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "javac").toString(),
                "-d",
                classes.toString(),
                "-cp",
                classpath,
                source.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(javac.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    int status = javac.waitFor();
    assertThat(status).as(output).isZero();
    Path services = classes.resolve("META-INF/services/io.github.tagkit.validator.spi.Rule");
    Files.createDirectories(services.getParent());
    Files.writeString(services, providers);
    return new URLClassLoader(
        new URL[] {classes.toUri().toURL()}, RuleDiscoveryTest.class.getClassLoader());
  }

  private static Rule made(ClassLoader jar) throws Exception {
    return (Rule) jar.loadClass(NAME).getConstructor().newInstance();
  }

  @Test
  void aRuleListedAsAServiceRunsWithItsHelp(@TempDir Path dir) throws Exception {
    TagValidator validator =
        TagValidator.builder().discoverRules(jar(dir, "# a comment\n" + NAME + "\n")).build();
    assertThat(validator.rules())
        .contains(
            new RuleInfo(
                "require-landscape",
                Severity.WARNING,
                "A TAG links no landscape.",
                Optional.of(
                    "**Why:** The landscape shows the projects.\n\n**Fix:** Add `landscape_url`."),
                Optional.of("https://example.org/rules#require-landscape")));
    Report report = validator.validate(YAML, "tag.yaml");
    assertThat(ReportFormat.TEXT.render(report))
        .contains(
            "tag.yaml:1:1: warning [require-landscape] TAG X links no landscape; add landscape_url");
    JsonNode rules =
        JsonMapper.shared()
            .readTree(ReportFormat.SARIF.render(report))
            .at("/runs/0/tool/driver/rules");
    JsonNode rule = null;
    for (JsonNode r : rules) {
      if (r.path("id").asString().equals("require-landscape")) {
        rule = r;
      }
    }
    assertThat(rule).isNotNull();
    assertThat(rule.at("/help/markdown").asString()).contains("**Fix:** Add `landscape_url`.");
    assertThat(rule.at("/help/text").asString())
        .isEqualTo("Why: The landscape shows the projects. Fix: Add landscape_url.");
    assertThat(rule.path("helpUri").asString())
        .isEqualTo("https://example.org/rules#require-landscape");
  }

  @Test
  void aDiscoveredRuleTakesTheLevelTheBuildSets(@TempDir Path dir) throws Exception {
    ClassLoader jar = jar(dir, NAME);
    Report off =
        TagValidator.builder()
            .discoverRules(jar)
            .level("require-landscape", "off")
            .build()
            .validate(YAML, "tag.yaml");
    assertThat(off.findings()).noneMatch(f -> f.ruleId().equals("require-landscape"));
    Report info =
        TagValidator.builder()
            .discoverRules(jar)
            .level("require-landscape", "info")
            .build()
            .validate(YAML, "tag.yaml");
    assertThat(info.findings())
        .filteredOn(f -> f.ruleId().equals("require-landscape"))
        .extracting(Finding::severity)
        .containsExactly(Severity.INFO);
  }

  @Test
  void aRuleThatCannotBeMadeOrClashesIsAConfigurationError(@TempDir Path dir) throws Exception {
    assertThatThrownBy(
            () -> TagValidator.builder().discoverRules(jar(dir, "org.example.NoSuchRule")))
        .isInstanceOf(ConfigurationException.class)
        .hasMessageContaining("a rule could not be loaded")
        .hasMessageContaining("org.example.NoSuchRule");
    ClassLoader twice = jar(dir.resolve("twice"), NAME);
    Rule again = made(twice);
    assertThatThrownBy(() -> TagValidator.builder().discoverRules(twice).rule(again).build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("two rules have the id 'require-landscape'");
  }

  @Test
  void levelsAreCheckedLikeTheRulesTheyName() {
    assertThatThrownBy(() -> TagValidator.builder().level("term-missing", "loud"))
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("rule term-missing: unknown level 'loud'; expected off, info, warning, error")
        .extracting(e -> ((ConfigurationException) e).setting())
        .isEqualTo("rules");
    assertThatThrownBy(() -> TagValidator.builder().level("term-mising", "off").build())
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("unknown rule 'term-mising'; did you mean 'term-missing'?")
        .extracting(e -> ((ConfigurationException) e).setting())
        .isEqualTo("rules");
  }

  @Test
  void theHarnessTestsARuleOfYourOwn(@TempDir Path dir) throws Exception {
    Rule rule = made(jar(dir, NAME));
    RuleHarness.forRule(rule)
        .test(YAML, "1:1 TAG X links no landscape; add landscape_url")
        .test(YAML + "landscape_url: https://landscape.cncf.io/\n");
    assertThatThrownBy(() -> RuleHarness.forRule(rule).test(YAML))
        .isInstanceOf(AssertionError.class)
        .hasMessage(
            "require-landscape on\n"
                + YAML
                + "\nexpected:\n  (nothing)\nbut reported:\n"
                + "  1:1 TAG X links no landscape; add landscape_url\n");
  }
}
