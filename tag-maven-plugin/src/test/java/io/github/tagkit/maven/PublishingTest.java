package io.github.tagkit.maven;

import static io.github.tagkit.maven.Xml.child;
import static io.github.tagkit.maven.Xml.children;
import static io.github.tagkit.maven.Xml.text;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

/**
 * What Maven Central asks of the build (docs/releasing.md), read from the POMs themselves: the
 * metadata every published module inherits, sources and Javadoc jars for the four published
 * modules, the release profile's signing and publishing, one version property, and every other
 * module kept out of the bundle.
 */
class PublishingTest {
  private static final List<String> PUBLISHED =
      List.of("tag-model", "tag-validator", "tag-pages", "tag-maven-plugin", "tag-cli");
  private static final Path ROOT = Path.of(System.getProperty("user.dir")).getParent();

  @Test
  void theParentCarriesTheMetadataCentralRequires() throws Exception {
    Element project = Xml.read(ROOT.resolve("pom.xml"));
    assertThat(text(project, "name")).isNotBlank();
    assertThat(text(project, "description")).isNotBlank();
    assertThat(text(project, "url")).startsWith("https://");
    Element license = child(child(project, "licenses").orElseThrow(), "license").orElseThrow();
    assertThat(text(license, "name")).isEqualTo("Apache-2.0");
    assertThat(text(license, "url")).startsWith("https://");
    Element developer =
        child(child(project, "developers").orElseThrow(), "developer").orElseThrow();
    assertThat(text(developer, "name")).isNotBlank();
    Element scm = child(project, "scm").orElseThrow();
    assertThat(text(scm, "connection")).startsWith("scm:git:");
    assertThat(text(scm, "developerConnection")).startsWith("scm:git:");
    assertThat(text(scm, "url")).startsWith("https://");
  }

  @Test
  void theVersionIsSetInOnePlace() throws Exception {
    Element project = Xml.read(ROOT.resolve("pom.xml"));
    assertThat(text(project, "version")).isEqualTo("${revision}");
    assertThat(text(child(project, "properties").orElseThrow(), "revision"))
        .matches("\\d+\\.\\d+\\.\\d+(-SNAPSHOT)?");
    for (String module : modules()) {
      Element pom = Xml.read(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(text(child(pom, "parent").orElseThrow(), "version"))
          .as(module)
          .isEqualTo("${revision}");
      assertThat(child(pom, "version")).as(module + " sets no version of its own").isEmpty();
    }
    // The installed POMs carry the version itself: a consumer's Maven does not know ${revision}.
    Element flatten = plugin(child(project, "build").orElseThrow(), "flatten-maven-plugin");
    Element configuration = child(flatten, "configuration").orElseThrow();
    assertThat(text(configuration, "flattenMode")).isEqualTo("resolveCiFriendliesOnly");
    assertThat(text(configuration, "updatePomFile")).isEqualTo("true");
  }

  @Test
  void thePublishedModulesAttachSourcesAndJavadocWithoutWarnings() throws Exception {
    Element build = child(Xml.read(ROOT.resolve("pom.xml")), "build").orElseThrow();
    Element sources = plugin(build, "maven-source-plugin");
    assertThat(text(child(sources, "configuration").orElseThrow(), "skipSource"))
        .isEqualTo("${tagkit.unpublished}");
    assertThat(goals(sources)).contains("jar-no-fork");
    Element javadoc = plugin(build, "maven-javadoc-plugin");
    Element configuration = child(javadoc, "configuration").orElseThrow();
    assertThat(text(configuration, "skip")).isEqualTo("${tagkit.unpublished}");
    assertThat(text(configuration, "failOnWarnings")).isEqualTo("true");
    // Every check of doclint, a missing comment, @param or @return among them.
    assertThat(text(configuration, "doclint")).isEqualTo("all");
    assertThat(goals(javadoc)).contains("jar");
    for (String module : PUBLISHED) {
      Element pom = Xml.read(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(text(pom, "name")).as(module).startsWith("tagkit :: ");
      assertThat(text(pom, "description")).as(module).isNotBlank();
      assertThat(property(pom, "tagkit.unpublished")).as(module).isEmpty();
    }
  }

  @Test
  void everyOtherModuleStaysOutOfTheBundle() throws Exception {
    List<String> others = new ArrayList<>(modules());
    assertThat(others).containsAll(PUBLISHED);
    others.removeAll(PUBLISHED);
    assertThat(others).contains("benchmarks", "examples/cncf-toc");
    for (String module : others) {
      Element pom = Xml.read(ROOT.resolve(module).resolve("pom.xml"));
      assertThat(property(pom, "tagkit.unpublished")).as(module).contains("true");
      assertThat(property(pom, "maven.deploy.skip")).as(module).contains("true");
      assertThat(property(pom, "gpg.skip")).as(module).contains("true");
    }
  }

  @Test
  void theReleaseProfileSignsAndPublishesThroughTheCentralPortal() throws Exception {
    Element release = null;
    for (Element profile : children(child(Xml.read(ROOT.resolve("pom.xml")), "profiles").get())) {
      if (text(profile, "id").equals("release")) {
        release = profile;
      }
    }
    assertThat(release).as("a release profile").isNotNull();
    Element build = child(release, "build").orElseThrow();
    assertThat(goals(plugin(build, "maven-gpg-plugin"))).contains("sign");
    Element central = plugin(build, "central-publishing-maven-plugin");
    assertThat(text(central, "extensions")).isEqualTo("true");
    Element configuration = child(central, "configuration").orElseThrow();
    assertThat(text(configuration, "publishingServerId")).isEqualTo("central");
    assertThat(text(configuration, "skipPublishing")).isEqualTo("${tagkit.unpublished}");
    assertThat(Files.readString(ROOT.resolve("docs/releasing.md")))
        .contains("mvn -B -ntp -Prelease verify -Dgpg.skip", "-Drevision=");
  }

  private static List<String> modules() throws Exception {
    List<String> modules = new ArrayList<>();
    for (Element module : children(child(Xml.read(ROOT.resolve("pom.xml")), "modules").get())) {
      modules.add(module.getTextContent().strip());
    }
    return modules;
  }

  private static Element plugin(Element build, String artifactId) {
    for (Element plugin : children(child(build, "plugins").orElseThrow())) {
      if (text(plugin, "artifactId").equals(artifactId)) {
        return plugin;
      }
    }
    throw new AssertionError("no " + artifactId + " in the build's plugins");
  }

  private static List<String> goals(Element plugin) {
    List<String> goals = new ArrayList<>();
    for (Element execution : children(child(plugin, "executions").orElseThrow())) {
      for (Element goal : children(child(execution, "goals").orElseThrow())) {
        goals.add(goal.getTextContent().strip());
      }
    }
    return goals;
  }

  private static Optional<String> property(Element project, String name) {
    return child(project, "properties").flatMap(p -> child(p, name)).map(e -> e.getTextContent());
  }
}
