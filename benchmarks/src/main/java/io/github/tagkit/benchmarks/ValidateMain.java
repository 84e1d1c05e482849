package io.github.tagkit.benchmarks;

import static java.nio.charset.StandardCharsets.UTF_8;

import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagValidator;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The in-process entry point compared with ajv-cli: validates every {@code .yaml} file named or
 * found in the named directories, on all cores, and prints every finding and the summary, as
 * ajv-cli prints every file's errors. Exits 1 when there are errors, as ajv-cli does.
 */
public final class ValidateMain {
  private ValidateMain() {}

  public static void main(String[] args) throws IOException {
    List<Path> files = new ArrayList<>();
    for (String arg : args) {
      Path path = Path.of(arg);
      if (Files.isDirectory(path)) {
        try (Stream<Path> found = Files.list(path)) {
          found.filter(p -> p.toString().endsWith(".yaml")).sorted().forEach(files::add);
        }
      } else {
        files.add(path);
      }
    }
    Report report = TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build().validate(files);
    PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), false, UTF_8);
    out.print(ReportFormat.TEXT.render(report));
    out.flush();
    System.exit(report.errors() > 0 ? 1 : 0);
  }
}
