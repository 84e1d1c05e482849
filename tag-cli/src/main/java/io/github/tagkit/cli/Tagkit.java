package io.github.tagkit.cli;

import io.github.tagkit.model.EditRefusedException;
import io.github.tagkit.model.TagFileException;
import io.github.tagkit.validator.ConfigurationException;
import io.github.tagkit.validator.LogLines;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help.Ansi;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code tagkit} command: the goals of tag-maven-plugin, with the same options, for the
 * repositories that are not Java projects. Exit codes: {@code 0} clean, {@code 1} findings at or
 * above {@code --fail-on} (or metadata that cannot be read), {@code 2} a usage or configuration
 * error.
 */
@Command(
    name = "tagkit",
    mixinStandardHelpOptions = true,
    versionProvider = Tagkit.Version.class,
    description = "Typed, checked, published and safely edited CNCF TAG metadata.",
    subcommands = {
      ValidateCommand.class,
      BaselineCommand.class,
      GenerateCommand.class,
      FixCommand.class,
      RotateCommand.class,
      ExportCommand.class,
      SyncCommand.class,
      AutoComplete.GenerateCompletion.class
    })
public final class Tagkit implements Runnable {
  /** The exit code of a usage or configuration error. */
  static final int USAGE = 2;

  @Spec CommandSpec spec;

  private final Path base;
  private final Console console;

  Tagkit(Path base, Console console) {
    this.base = base;
    this.console = console;
  }

  /**
   * Runs {@code tagkit} with the process's arguments, in its working directory, and exits with its
   * exit code.
   *
   * @param args the command and its options
   */
  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true, StandardCharsets.UTF_8);
    PrintWriter err = new PrintWriter(System.err, true, StandardCharsets.UTF_8);
    boolean color = Console.color(System.console() != null, System.getenv());
    System.exit(run(args, Path.of("").toAbsolutePath(), out, err, color));
  }

  /**
   * Runs {@code tagkit} with {@code args} in {@code base}, printing on {@code out} and {@code err};
   * returns the exit code.
   */
  static int run(String[] args, Path base, PrintWriter out, PrintWriter err, boolean color) {
    Console console = new Console(out, err, color);
    CommandLine line = new CommandLine(new Tagkit(base, console));
    line.setOut(out);
    line.setErr(err);
    line.setColorScheme(CommandLine.Help.defaultColorScheme(color ? Ansi.ON : Ansi.OFF));
    line.setExitCodeExceptionMapper(Tagkit::exitCode);
    line.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          err.println(LogLines.safe(message(command.getCommandName(), e)));
          err.flush();
          return exitCode(e);
        });
    return line.execute(args);
  }

  private static int exitCode(Throwable e) {
    // what the user configured or typed, or a file that cannot be read or written: 2; what the
    // metadata holds (an unreadable file, a dir no page can be written for): 1
    return e instanceof ConfigurationException
            || e instanceof IOException
            || e instanceof UncheckedIOException
            || e instanceof CommandLine.ParameterException
        ? USAGE
        : 1;
  }

  /** What ends a command, in the words of the goal's failure. */
  private static String message(String command, Throwable e) {
    if (e instanceof ConfigurationException c) {
      return "tagkit " + command + ": invalid --" + kebab(c.setting()) + ": " + c.getMessage();
    }
    if (e instanceof TagFileException) {
      return e.getMessage() + "\nRun 'tagkit validate' to see every problem.";
    }
    if (e instanceof EditRefusedException) {
      return "Not written: " + e.getMessage();
    }
    if (e instanceof IOException || e instanceof UncheckedIOException) {
      return "tagkit " + command + ": " + e.getMessage();
    }
    return "tagkit " + command + ": " + (e.getMessage() != null ? e.getMessage() : e.toString());
  }

  /** A goal's parameter name as the command's option: {@code failOn} is {@code fail-on}. */
  static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2").toLowerCase(java.util.Locale.ROOT);
  }

  @Override
  public void run() {
    throw new CommandLine.ParameterException(
        spec.commandLine(),
        "Name a command: validate, baseline, generate, fix, rotate, export or sync (tagkit --help)");
  }

  Path base() {
    return base;
  }

  Console console() {
    return console;
  }

  /** The version the build put in {@code version.properties}. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      return new String[] {"tagkit " + number()};
    }

    /** The version number, as the build wrote it. */
    static String number() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = Tagkit.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return properties.getProperty("version", "unknown");
    }
  }

  /** For tests: the command line over a map of environment variables. */
  static boolean color(boolean terminal, Map<String, String> env) {
    return Console.color(terminal, env);
  }
}
