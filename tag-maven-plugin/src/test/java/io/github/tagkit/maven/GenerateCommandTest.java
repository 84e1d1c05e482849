package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.tagkit.validator.ConfigurationException;
import java.io.File;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The command a drift finding tells the user to run: one that works where they ran Maven. */
class GenerateCommandTest {

  private static ValidateMojo mojo(List<String> goals, List<String> pluginGroups) {
    ValidateMojo mojo = new ValidateMojo();
    mojo.goals = goals;
    mojo.pluginGroups = pluginGroups;
    mojo.pluginVersion = "1.2.3";
    return mojo;
  }

  @Test
  void thePrefixWhereItResolves() {
    assertThat(mojo(List.of("tag:validate"), List.of()).generateCommand())
        .isEqualTo("mvn tag:generate");
    assertThat(mojo(List.of("verify"), List.of()).generateCommand()).isEqualTo("mvn tag:generate");
    assertThat(
            mojo(
                    List.of("io.github.tagkit:tag-maven-plugin:1.2.3:validate"),
                    List.of("io.github.tagkit"))
                .generateCommand())
        .isEqualTo("mvn tag:generate");
  }

  @Test
  void theCoordinatesWhereItDoesNot() {
    assertThat(
            mojo(List.of("io.github.tagkit:tag-maven-plugin:1.2.3:validate"), List.of())
                .generateCommand())
        .isEqualTo("mvn io.github.tagkit:tag-maven-plugin:1.2.3:generate");
    assertThat(
            mojo(List.of("io.github.tagkit:tag-maven-plugin:1.2.3:generate"), List.of())
                .command("validate"))
        .isEqualTo("mvn io.github.tagkit:tag-maven-plugin:1.2.3:validate");
  }

  @Test
  void theFilesAndTemplatesOfThisRun() {
    ValidateMojo mojo = mojo(List.of("tag:validate"), List.of());
    mojo.files = "tags.yaml";
    mojo.templates = new File("site/templates");
    assertThat(mojo.generateCommand())
        .isEqualTo("mvn tag:generate -Dtag.files=tags.yaml -Dtag.templates=site/templates");
  }

  @Test
  void anUnknownStyleNamesTheStylesThereAre() {
    ValidateMojo mojo = mojo(List.of(), List.of());
    mojo.style = "hugo";
    assertThatThrownBy(mojo::pageGenerator)
        .isInstanceOf(ConfigurationException.class)
        .hasMessage("unknown page style 'hugo'; choose one of cncf-toc, tagkit, contribute-site");
  }
}
