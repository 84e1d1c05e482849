package io.github.tagkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ProjectFiles;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The hooks of {@code .pre-commit-hooks.yaml}, run by pre-commit itself from this repository (at
 * its last commit, as pre-commit takes a hooks repository) in a TAG repository of the real excerpt:
 * a commit with a mistake in tags.yaml is stopped, saying where, and goes through once fixed.
 * Skipped, saying so, only where pre-commit is not installed (CI installs Debian's).
 */
class PreCommitTest {

  @Test
  void theValidateHookStopsACommitWithAMistake(@TempDir Path dir) throws Exception {
    Assumptions.assumeTrue(
        run(dir, Map.of(), "pre-commit", "--version").exit() == 0,
        "pre-commit is not installed (apt-get install pre-commit)");
    Path project = ProjectFiles.root();
    Result head = run(project, Map.of(), "git", "rev-parse", "HEAD");
    Assumptions.assumeTrue(head.exit() == 0, "the project is not a git checkout");
    Result hooks = run(project, Map.of(), "git", "cat-file", "-e", "HEAD:.pre-commit-hooks.yaml");
    Assumptions.assumeTrue(hooks.exit() == 0, ".pre-commit-hooks.yaml is not committed yet");

    // tagkit on the PATH: this build's classes, as a launcher would run the jar
    Path bin = Files.createDirectories(dir.resolve("bin"));
    Path tagkit = bin.resolve("tagkit");
    String classpath =
        System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
    Files.writeString(
        tagkit,
        "#!/bin/sh\nexec '"
            + Path.of(System.getProperty("java.home"), "bin", "java")
            + "' -cp '"
            + classpath
            + "' io.github.tagkit.cli.Tagkit \"$@\"\n");
    Files.setPosixFilePermissions(tagkit, PosixFilePermissions.fromString("rwxr-xr-x"));
    Map<String, String> env =
        Map.of(
            "PATH", bin + File.pathSeparator + System.getenv("PATH"),
            "PRE_COMMIT_HOME", dir.resolve("cache").toString(),
            "GIT_AUTHOR_NAME", "A Chair",
            "GIT_AUTHOR_EMAIL", "chair@example.org",
            "GIT_COMMITTER_NAME", "A Chair",
            "GIT_COMMITTER_EMAIL", "chair@example.org");

    Path repo = Files.createDirectories(dir.resolve("tag-repo"));
    assertThat(run(repo, env, "git", "init", "-q").exit()).isZero();
    Files.writeString(
        repo.resolve(".pre-commit-config.yaml"),
        "repos:\n  - repo: "
            + project
            + "\n    rev: "
            + head.out().strip()
            + "\n    hooks:\n      - id: tagkit-validate\n        args: [--today, '2026-06-01', --fail-on, error]\n");
    // the real excerpt with its charters, its findings of today recorded as the baseline
    copy(ProjectFiles.path("examples/cncf-toc/tags"), repo.resolve("tags"));
    String excerpt = Files.readString(ProjectFiles.excerpt());
    Files.writeString(repo.resolve("tags.yaml"), excerpt);
    assertThat(Cli.run(repo, "baseline", "--today", "2026-06-01").exit()).isZero();
    Files.writeString(
        repo.resolve("tags.yaml"),
        excerpt.replaceFirst("    label: tag-infrastructure\n", "    labl: tag-infrastructure\n"));
    assertThat(run(repo, env, "pre-commit", "install").exit()).isZero();
    assertThat(run(repo, env, "git", "add", ".").exit()).isZero();

    Result stopped = run(repo, env, "git", "commit", "-q", "-m", "A mistake");
    assertThat(stopped.exit()).as(stopped.out()).isNotZero();
    assertThat(stopped.out())
        .contains("tagkit validate")
        .contains("tags.yaml:7:5: error [unknown-key] unknown key 'labl'");
    assertThat(run(repo, env, "git", "rev-parse", "HEAD").exit()).isNotZero(); // no commit

    Files.writeString(repo.resolve("tags.yaml"), excerpt);
    assertThat(run(repo, env, "git", "add", ".").exit()).isZero();
    Result through = run(repo, env, "git", "commit", "-q", "-m", "Fixed");
    assertThat(through.exit()).as(through.out()).isZero();
  }

  private static void copy(Path from, Path to) throws Exception {
    try (var files = Files.walk(from)) {
      for (Path file : files.toList()) {
        Path target = to.resolve(from.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(target);
        } else {
          Files.copy(file, target);
        }
      }
    }
  }

  private record Result(int exit, String out) {}

  private static Result run(Path dir, Map<String, String> env, String... command) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(command)));
    builder.directory(dir.toFile()).redirectErrorStream(true);
    builder.environment().putAll(env);
    Process process;
    try {
      process = builder.start();
    } catch (java.io.IOException e) {
      return new Result(127, e.getMessage());
    }
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(120, TimeUnit.SECONDS)) {
      process.destroyForcibly();
      return new Result(124, out);
    }
    return new Result(process.exitValue(), out);
  }
}
