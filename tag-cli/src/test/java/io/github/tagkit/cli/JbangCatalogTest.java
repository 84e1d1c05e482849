package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jbang tagkit@<owner>/tagkit} runs the alias of {@code jbang-catalog.json}: tag-cli's
 * coordinates at this version's release, whose jar names its main class.
 */
class JbangCatalogTest {

  @Test
  void theAliasNamesThisReleaseOfTheCommand() throws Exception {
    JsonNode alias =
        JsonMapper.shared()
            .readTree(ProjectFiles.path("jbang-catalog.json").toFile())
            .get("aliases")
            .get("tagkit");
    String release = Tagkit.Version.number().replace("-SNAPSHOT", "");
    assertThat(alias.get("script-ref").asString()).isEqualTo("io.github.tagkit:tag-cli:" + release);
    assertThat(alias.get("java-options").toString()).contains("-XX:TieredStopAtLevel=1");
    // the jar JBang runs by those coordinates starts the command
    try (var jar =
        new java.util.jar.JarFile(
            ProjectFiles.path("tag-cli/target/tag-cli-" + Tagkit.Version.number() + ".jar")
                .toFile())) {
      assertThat(jar.getManifest().getMainAttributes().getValue("Main-Class"))
          .isEqualTo(Tagkit.class.getName());
    } catch (java.nio.file.NoSuchFileException | java.io.FileNotFoundException e) {
      // tests run before the jar is packaged: the manifest is checked by the build's own run
      org.junit.jupiter.api.Assumptions.abort("tag-cli's jar is not packaged yet");
    }
  }
}
