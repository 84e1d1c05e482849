package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.NetworkRecorder;
import io.github.tagkit.model.testing.ProjectFiles;
import java.net.ProxySelector;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Generating the real registry's pages and the example TAG's pages and calendar, links to https
 * URLs and all, makes no connection attempt: every one would be recorded by the default proxy
 * selector, which any socket and URL connection asks first.
 */
class NoNetworkTest {

  @Test
  void generatingTheRealRegistryNeverConnects(@TempDir Path repo) throws Exception {
    ProxySelector previous = ProxySelector.getDefault();
    List<String> attempts = NetworkRecorder.install().attempts();
    try {
      MetadataPages pages =
          new MetadataPages(
              PageGenerator.builtIn(), Optional.of("meetings.ics"), LocalDate.of(2026, 7, 1));
      Path tags = ProjectFiles.copy("examples/cncf-toc/tags.yaml", repo.resolve("tags.yaml"));
      MetadataPages.Result result = pages.write(tags);
      assertThat(result.changed()).hasSize(result.generated()).hasSizeGreaterThan(4);
      Path tag =
          ProjectFiles.copy("examples/tag-infrastructure/tag.yaml", repo.resolve("tag/tag.yaml"));
      pages.write(tag);
      assertThat(Files.readString(repo.resolve("tag/meetings.ics"))).startsWith("BEGIN:VCALENDAR");
    } finally {
      ProxySelector.setDefault(previous);
    }
    assertThat(attempts).isEmpty();
  }
}
