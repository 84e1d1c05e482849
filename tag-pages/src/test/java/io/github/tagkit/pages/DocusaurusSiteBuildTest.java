package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.Charter;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.model.testing.NpmTools;
import io.github.tagkit.model.testing.ProjectFiles;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

/**
 * The contribute-site style's pages build with the site's own tools: Docusaurus 3.8.1, from npm,
 * builds a minimal site of the generated pages with broken links as errors (which compiles every
 * page as MDX 3, as the site does); the built TAG Infrastructure page holds its leaders and links;
 * and headless Chromium (Debian's {@code chromium}) renders it to a screenshot that is not blank.
 * The hostile registry's pages, with a charter written to break a Markdown printer, are in the site
 * too. Run by the {@code site-build} profile, which {@code .ci/run} enables; skipped, saying so,
 * only where npm is missing.
 */
class DocusaurusSiteBuildTest {
  private static final Path TOOL = Path.of("target", "docusaurus").toAbsolutePath();
  private static final String DOCUSAURUS = "3.8.1";
  private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @Test
  void theGeneratedPagesBuildIntoASiteWithTheirLeadersAndLinks() throws Exception {
    NpmTools.install(
        TOOL,
        List.of(
            "@docusaurus/core@" + DOCUSAURUS,
            "@docusaurus/preset-classic@" + DOCUSAURUS,
            "@mdx-js/react@3.1.0",
            "react@19.1.0",
            "react-dom@19.1.0",
            // Webpack 5.100 and later refuse the progress bar options of Docusaurus 3.8.1.
            "webpack@5.99.9"),
        TOOL.resolve("node_modules/@docusaurus/core"),
        "Docusaurus");
    Path site = TOOL.resolve("site");
    clean(site);
    Path docs = Files.createDirectories(site.resolve("docs"));
    Files.writeString(
        docs.resolve("index.md"), "---\nslug: /\n---\n\n# CNCF Contributors\n\nThe home page.\n");
    Path governance = Files.createDirectories(docs.resolve("community/governance"));
    Files.writeString(
        governance.resolve("tech-group-governance.md"),
        "# Technical Group Governance\n\nThe site's own page, which TAG pages link.\n");

    Path registry = ProjectFiles.path("examples/cncf-toc/tags.yaml");
    write(docs.resolve("community/tags"), registry.getParent(), registry);
    write(docs.resolve("community/hostile-tags"), hostileRepository(), null);
    // Values written to break out of their page: the pages must still compile as MDX 3.
    Path injected = TOOL.resolve("injected");
    clean(injected);
    Files.copy(
        ProjectFiles.path("tag-pages/src/test/resources/hostile/injected/tags.yaml"),
        injected.resolve("tags.yaml"));
    write(docs.resolve("community/injected-tags"), injected, null);
    Path single = ProjectFiles.path("examples/tag-infrastructure/tag.yaml");
    Path singleDocs = docs.resolve("community/single-tag");
    write(singleDocs, single.getParent(), single);
    Files.writeString(singleDocs.resolve("index.md"), "# TAGs\n\nThe site's own index.\n");

    Files.writeString(
        site.resolve("docusaurus.config.js"),
        """
        // The contribute-site's settings that decide how its pages build, broken links as errors.
        export default {
          title: 'CNCF Contributors',
          url: 'https://contribute.cncf.io',
          baseUrl: '/',
          onBrokenLinks: 'throw',
          onBrokenMarkdownLinks: 'throw',
          onBrokenAnchors: 'throw',
          presets: [
            [
              'classic',
              {
                docs: { routeBasePath: '/', exclude: ['**/README.md'] },
                blog: false,
              },
            ],
          ],
        };
        """);
    Path build = TOOL.resolve("build");
    run(
        List.of(
            TOOL.resolve("node_modules/.bin/docusaurus").toString(),
            "build",
            site.toString(),
            "--out-dir",
            build.toString()),
        600);

    String html = Files.readString(build.resolve("community/tags/infrastructure/index.html"));
    TagRegistry tags = TagRegistry.read(registry);
    var infrastructure =
        tags.tags().stream().filter(t -> t.dir().equals("tag-infrastructure")).findFirst().get();
    for (var role :
        List.of(io.github.tagkit.model.Role.CHAIR, io.github.tagkit.model.Role.TECH_LEAD)) {
      for (var person : infrastructure.people(role)) {
        assertThat(html).contains(person.name().orElseThrow());
        assertThat(html)
            .contains("href=\"https://github.com/" + person.github().orElseThrow() + "\"");
      }
    }
    for (var meeting : infrastructure.meetings()) {
      meeting.recordingsUrl().ifPresent(u -> assertThat(html).contains("href=\"" + u + "\""));
      meeting.meetingNotesUrl().ifPresent(u -> assertThat(html).contains("href=\"" + u + "\""));
    }
    assertThat(html)
        .contains("href=\"https://lists.cncf.io/g/cncf-tag-infrastructure\"")
        .contains("href=\"https://cloud-native.slack.com/archives/C08KBH3RA1K\"")
        .contains("href=\"/community/tags/infrastructure/charter\"");
    assertThat(build.resolve("community/tags/infrastructure/charter/index.html"))
        .content()
        .contains("Mission");
    assertThat(build.resolve("community/hostile-tags/index.html")).exists();
    // The injected page: built, every link safe, no script, no bidi control, no page of its own
    // smuggled in by a front-matter or a custom block.
    String injectedPage =
        Files.readString(build.resolve("community/injected-tags/injected/index.html"));
    assertThat(injectedPage)
        .contains("TAG Injected")
        .doesNotContainIgnoringCase("href=\"javascript:")
        .doesNotContainIgnoringCase("href=\"data:")
        .doesNotContain("<script>alert")
        .doesNotContain("\u202E")
        .doesNotContain("\u2066");
    // The TAGs index shows the picture of the terms, which Docusaurus took in as an asset.
    String index = Files.readString(build.resolve("community/tags/index.html"));
    assertThat(index)
        .containsPattern(
            "<img [^>]*alt=\"Leadership terms[^\"]*\" src=\"(data:image/svg\\+xml|/assets/images/leadership-terms)");

    assertScreenshotIsNotBlank(
        site, build, "/community/tags/infrastructure/", "infrastructure.png");
    // The picture of the terms, as a browser draws it.
    Path chart = docs.resolve("community/tags/leadership-terms.svg");
    assertThat(chart).exists();
    assertScreenshotIsNotBlank(site, build, chart.toUri().toString(), "leadership-terms.png");
  }

  /** The hostile registry in a repository of its own, with the hostile charter as each charter. */
  private static Path hostileRepository() throws IOException {
    Path repository = TOOL.resolve("hostile");
    clean(repository);
    Path metadata = repository.resolve("tags.yaml");
    Files.copy(ProjectFiles.path("tag-pages/src/test/resources/hostile/tags.yaml"), metadata);
    TagRegistry registry = TagRegistry.read(metadata);
    for (var tag : registry.tags()) {
      Path charter = repository.resolve(Charter.pathIn(registry, tag).orElseThrow());
      Files.createDirectories(charter.getParent());
      Files.copy(
          ProjectFiles.path("tag-pages/src/test/resources/contribute-site/hostile-charter.md"),
          charter);
    }
    return repository;
  }

  /**
   * The pages {@code tag:generate -Dtag.style=contribute-site -Dtag.charts} writes, picture
   * included.
   */
  private static void write(Path into, Path repository, Path metadata) throws IOException {
    Path file = metadata == null ? repository.resolve("tags.yaml") : metadata;
    new MetadataPages(
            PageGenerator.builtIn()
                .with(java.util.Set.of(PageGenerator.Extra.TERMS_CHART))
                .style(PageStyle.CONTRIBUTE_SITE),
            java.util.Optional.empty(),
            LocalDate.of(2026, 7, 1))
        .into(into)
        .write(file);
  }

  private static void assertScreenshotIsNotBlank(Path site, Path build, String page, String name)
      throws Exception {
    assertThat(CHROMIUM)
        .as("Debian's chromium, which .ci/run installs (apt-get install chromium)")
        .isExecutable();
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Process server =
        start(
            List.of(
                TOOL.resolve("node_modules/.bin/docusaurus").toString(),
                "serve",
                site.toString(),
                "--dir",
                build.toString(),
                "--port",
                String.valueOf(port),
                "--host",
                "127.0.0.1",
                "--no-open"),
            TOOL.resolve("serve.log"));
    try {
      String url = page.startsWith("file:") ? page : "http://127.0.0.1:" + port + page;
      waitFor("http://127.0.0.1:" + port + "/community/tags/");
      Path png = TOOL.resolve(name);
      Files.deleteIfExists(png);
      run(
          List.of(
              CHROMIUM.toString(),
              "--headless",
              "--no-sandbox",
              "--disable-gpu",
              "--disable-quic",
              "--no-first-run",
              "--disable-background-networking",
              "--disable-component-update",
              "--disable-sync",
              "--user-data-dir=" + Files.createTempDirectory(TOOL, "chromium"),
              "--window-size=1280,1600",
              "--screenshot=" + png,
              url),
          120);
      BufferedImage image = ImageIO.read(png.toFile());
      assertThat(image.getWidth()).isEqualTo(1280);
      Set<Integer> colours = new HashSet<>();
      long ink = 0;
      for (int y = 0; y < image.getHeight(); y += 2) {
        for (int x = 0; x < image.getWidth(); x += 2) {
          int rgb = image.getRGB(x, y) & 0xffffff;
          colours.add(rgb);
          if (rgb != 0xffffff) {
            ink++;
          }
        }
      }
      long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
      assertThat(colours).as("colours in the screenshot").hasSizeGreaterThan(20);
      assertThat(ink * 100 / sampled).as("percent of the screenshot not white").isGreaterThan(1);
    } finally {
      server.destroy();
      server.waitFor(10, TimeUnit.SECONDS);
    }
  }

  private static void waitFor(String url) throws Exception {
    for (int i = 0; i < 120; i++) {
      try {
        HttpURLConnection connection = (HttpURLConnection) URI.create(url).toURL().openConnection();
        connection.setConnectTimeout(1000);
        if (connection.getResponseCode() == 200) {
          return;
        }
      } catch (IOException e) {
        // not up yet
      }
      Thread.sleep(500);
    }
    throw new AssertionError(
        "docusaurus serve did not answer "
            + url
            + ":\n"
            + Files.readString(TOOL.resolve("serve.log")));
  }

  private static void clean(Path directory) throws IOException {
    if (Files.exists(directory)) {
      try (var files = Files.walk(directory)) {
        for (Path p : files.sorted(java.util.Comparator.reverseOrder()).toList()) {
          Files.delete(p);
        }
      }
    }
    Files.createDirectories(directory);
  }

  private static Process start(List<String> command, Path log) throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .directory(TOOL.toFile())
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    builder.environment().put("NO_UPDATE_NOTIFIER", "1");
    builder.environment().put("DOCUSAURUS_TELEMETRY_DISABLED", "1");
    return builder.start();
  }

  private static void run(List<String> command, int seconds) throws Exception {
    Path log = Files.createTempFile(TOOL, "run", ".log");
    Process process = start(command, log);
    boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    assertThat(done && process.exitValue() == 0)
        .as(String.join(" ", command) + " failed:\n" + Files.readString(log))
        .isTrue();
  }
}
