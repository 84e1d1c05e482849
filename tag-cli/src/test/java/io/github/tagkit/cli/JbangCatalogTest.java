package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code jbang tagkit@<owner>/tagkit} runs the alias of {@code jbang-catalog.json}: tag-cli's
 * coordinates at this version's release.
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
  }
}
