package io.github.tagkit.model.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The tools of npm that tests check tagkit's output with (the SARIF multitool, ical.js), installed
 * into the build directory once, and run. A test that needs one is skipped, saying so, only where
 * npm itself is missing.
 */
public final class NpmTools {
  private NpmTools() {}

  /**
   * Installs {@code packageAtVersion} into {@code directory} unless {@code installed} (a path in
   * it) already exists; skips the test, naming {@code what}, when npm is not installed.
   */
  public static void install(Path directory, String packageAtVersion, Path installed, String what)
      throws Exception {
    install(directory, List.of(packageAtVersion), installed, what);
  }

  /** As {@link #install(Path, String, Path, String)}, for several packages at once. */
  public static synchronized void install(
      Path directory, List<String> packagesAtVersions, Path installed, String what)
      throws Exception {
    if (Files.exists(installed)) {
      return;
    }
    Assumptions.assumeTrue(
        onPath("npm") && onPath("node"),
        "npm is not installed: " + what + " (from npm) cannot be run here");
    Files.createDirectories(directory);
    List<String> command =
        new java.util.ArrayList<>(
            List.of("npm", "install", "--no-audit", "--no-fund", "--prefix", directory.toString()));
    command.addAll(packagesAtVersions);
    run(command, directory, 900);
    assertThat(installed).exists();
  }

  /**
   * Runs {@code command} in {@code directory}, failing the test with its output when it fails or
   * outlasts {@code seconds}; returns its output.
   */
  public static String run(List<String> command, Path directory, int seconds)
      throws IOException, InterruptedException {
    Files.createDirectories(directory);
    Path output = Files.createTempFile(directory, "run", ".log");
    Process process =
        new ProcessBuilder(command)
            .directory(directory.toFile())
            .redirectErrorStream(true)
            .redirectOutput(output.toFile())
            .start();
    boolean done = process.waitFor(seconds, TimeUnit.SECONDS);
    if (!done) {
      process.destroyForcibly();
    }
    String log = Files.readString(output);
    assertThat(done && process.exitValue() == 0)
        .as(String.join(" ", command) + " failed:\n" + log)
        .isTrue();
    return log;
  }

  /** Whether {@code command} is an executable on the PATH. */
  public static boolean onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}
