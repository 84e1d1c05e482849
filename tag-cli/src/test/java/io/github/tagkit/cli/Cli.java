package io.github.tagkit.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;

/** One run of {@code tagkit} in a directory: its exit code and what it printed. */
record Cli(int exit, String out, String err) {

  static Cli run(Path base, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int exit = Tagkit.run(args, base, new PrintWriter(out), new PrintWriter(err), false);
    return new Cli(exit, out.toString(), err.toString());
  }
}
