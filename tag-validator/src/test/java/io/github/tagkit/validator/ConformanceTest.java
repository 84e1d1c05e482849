package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code conformance/} produces exactly the findings it declares in its {@code #
 * expect: rule-id @ line:col} lines, counted from 2026-07-01; a line that goes on after the
 * position declares the finding's message too ({@code # expect: rule-id @ 3:5 message}), and every
 * check that has a fixture has its message declared at least once.
 */
class ConformanceTest {
  private static final TagValidator VALIDATOR =
      TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();

  @Test
  void everyCheckWithAFixtureHasItsMessageDeclaredOnce() throws IOException, URISyntaxException {
    List<String> lines = new ArrayList<>();
    for (Path file : fixtures().toList()) {
      Files.readAllLines(file).stream().filter(l -> l.startsWith("# expect: ")).forEach(lines::add);
    }
    Set<String> checks = new TreeSet<>();
    Set<String> withMessage = new TreeSet<>();
    for (String line : lines) {
      String[] words = line.substring("# expect: ".length()).split(" ", 4);
      if (!words[0].equals("nothing")) {
        checks.add(words[0]);
        if (words.length == 4) {
          withMessage.add(words[0]);
        }
      }
    }
    assertThat(checks).hasSizeGreaterThan(25);
    assertThat(withMessage).isEqualTo(checks);
  }

  static Stream<Path> fixtures() throws IOException, URISyntaxException {
    Path root = Path.of(ConformanceTest.class.getResource("/conformance").toURI());
    return Files.walk(root).filter(p -> p.toString().endsWith(".yaml")).sorted();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  void producesExactlyTheDeclaredFindings(Path file) throws IOException {
    List<String> expected =
        Files.readAllLines(file).stream()
            .filter(line -> line.startsWith("# expect: "))
            .map(line -> line.substring("# expect: ".length()).strip())
            .filter(line -> !line.equals("nothing"))
            .sorted()
            .toList();
    assertThat(Files.readString(file)).contains("# expect: ");

    Report report = VALIDATOR.validate(file);

    List<String> actual =
        report.findings().stream()
            .map(
                f -> {
                  // A finding in another file of the fixture's folder names it: charter.md:1:1.
                  String other =
                      f.location().file().equals(file.toString())
                          ? ""
                          : file.getParent().relativize(Path.of(f.location().file())) + ":";
                  String at =
                      f.ruleId()
                          + " @ "
                          + other
                          + f.location().line()
                          + ":"
                          + f.location().column();
                  boolean withMessage = expected.stream().anyMatch(e -> e.startsWith(at + " "));
                  return withMessage ? at + " " + f.message() : at;
                })
            .sorted()
            .toList();
    assertThat(actual).as(ReportFormat.TEXT.render(report)).isEqualTo(expected);
    assertThat(report.findings())
        .allSatisfy(
            f -> assertThat(Path.of(f.location().file()).getParent()).isEqualTo(file.getParent()));
  }
}
