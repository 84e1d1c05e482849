package io.github.tagkit.validator;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code conformance/} produces exactly the findings it declares in its {@code #
 * expect: rule-id @ line:col} lines, counted from 2026-07-01.
 */
class ConformanceTest {
  private static final TagValidator VALIDATOR =
      TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();

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
            .map(f -> f.ruleId() + " @ " + f.location().line() + ":" + f.location().column())
            .sorted()
            .toList();
    assertThat(actual).as(ReportFormat.TEXT.render(report)).isEqualTo(expected);
    assertThat(report.findings())
        .allSatisfy(f -> assertThat(f.location().file()).isEqualTo(file.toString()));
  }
}
