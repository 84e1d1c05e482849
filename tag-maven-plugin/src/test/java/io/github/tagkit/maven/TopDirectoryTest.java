package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.apache.maven.execution.DefaultMavenExecutionRequest;
import org.apache.maven.execution.DefaultMavenExecutionResult;
import org.apache.maven.execution.MavenSession;
import org.codehaus.plexus.PlexusContainer;
import org.eclipse.aether.RepositorySystemSession;
import org.junit.jupiter.api.Test;

class TopDirectoryTest {

  @Test
  void mavenBefore310GivesTheDirectoryItWasStartedIn() {
    assertThat(TopDirectory.of(maven3(Path.of("/work/repo")))).contains(Path.of("/work/repo"));
  }

  @Test
  void mavenWithATopDirectoryGivesItAndTheOlderNameIsNotRead() {
    MavenSession session = new Maven4Session(Path.of("/work/repo"), Path.of("/elsewhere"));
    assertThat(TopDirectory.of(session)).contains(Path.of("/work/repo"));
  }

  @Test
  void noSessionNoTopDirectory() {
    assertThat(TopDirectory.of(null)).isEmpty();
  }

  /** A session as Maven 3.9 and before make it, started in {@code directory}. */
  static MavenSession maven3(Path directory) {
    DefaultMavenExecutionRequest request = new DefaultMavenExecutionRequest();
    request.setBaseDirectory(directory.toFile());
    return new MavenSession(
        (PlexusContainer) null,
        (RepositorySystemSession) null,
        request,
        new DefaultMavenExecutionResult());
  }

  /** A session with Maven 4's getTopDirectory, whose older execution root is somewhere else. */
  static final class Maven4Session extends MavenSession {
    private final Path top;

    Maven4Session(Path top, Path executionRoot) {
      super(
          (PlexusContainer) null,
          (RepositorySystemSession) null,
          maven3(executionRoot).getRequest(),
          new DefaultMavenExecutionResult());
      this.top = top;
    }

    public Path getTopDirectory() {
      return top;
    }
  }
}
