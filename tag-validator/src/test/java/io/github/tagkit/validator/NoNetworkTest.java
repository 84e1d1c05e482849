package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import io.github.tagkit.model.testing.NetworkRecorder;
import io.github.tagkit.model.testing.ProjectFiles;
import io.github.tagkit.validator.internal.SchemaCheck;
import java.io.IOException;
import java.net.URL;
import java.net.URLConnection;
import java.net.URLStreamHandler;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * With every connection attempt recorded and refused, validating the real registry, a document that
 * names https URLs and a schema whose {@code $ref} points at an https URL make no attempt at all.
 */
class NoNetworkTest {
  private static List<String> ATTEMPTS;

  @BeforeAll
  static void refuseTheNetwork() {
    ATTEMPTS = NetworkRecorder.install().attempts();
    URL.setURLStreamHandlerFactory(
        protocol ->
            List.of("http", "https", "ftp", "jar:http").contains(protocol)
                ? new URLStreamHandler() {
                  @Override
                  protected URLConnection openConnection(URL url) throws IOException {
                    ATTEMPTS.add(url.toString());
                    throw new IOException("network access attempted: " + url);
                  }
                }
                : null);
  }

  @Test
  void validatingTheRealRegistryNeverConnects(@TempDir Path repo) throws Exception {
    Path tags = repo.resolve("tags.yaml");
    Files.copy(ProjectFiles.excerpt(), tags);
    Files.writeString(
        tags,
        Files.readString(tags)
            .replace("charter_link: charter.md", "charter_link: https://example.org/charter.md"));
    LocalDate today = LocalDate.of(2026, 7, 1);
    Report report = TagValidator.builder().today(today).baseDirectory(repo).build().validate(tags);

    assertThat(report.findings()).extracting(Finding::ruleId).contains("term-expired");
    assertThat(report.findings())
        .noneMatch(finding -> finding.location().pointer().endsWith("/charter_link"));
    assertThat(ATTEMPTS).isEmpty();
  }

  @Test
  void aDocumentWithARemoteRefIsDataNotALink() {
    Report report =
        TagValidator.builder()
            .build()
            .validate(
                "dir: tag-x\nname: TAG X\n$ref: https://example.org/schema.json\n", "tag.yaml");
    assertThat(report.findings())
        .extracting(Finding::toString)
        .contains(
            "tag.yaml:3:1: error [unknown-key] unknown key '$ref' at the root; expected one of: charter_link, contact, dir, label, landscape_preview_image, landscape_url, leadership, meetings, mission_statement, name, page, tag_initiatives, tag_subprojects");
    assertThat(ATTEMPTS).isEmpty();
  }

  @Test
  void aSchemaWithARemoteRefIsNotFetched() {
    assertThatThrownBy(
            () -> {
              Schema schema =
                  SchemaCheck.offline(builder -> {})
                      .getSchema(
                          "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\","
                              + " \"$ref\": \"https://example.org/remote.json\"}",
                          InputFormat.JSON);
              schema.initializeValidators();
              schema.validate("{}", InputFormat.JSON);
            })
        .isInstanceOf(RuntimeException.class);
    assertThat(ATTEMPTS).isEmpty();
  }
}
