package io.github.tagkit.benchmarks;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.github.tagkit.model.TagRegistry;
import io.github.tagkit.validator.Finding;
import io.github.tagkit.validator.Location;
import io.github.tagkit.validator.Report;
import io.github.tagkit.validator.ReportFormat;
import io.github.tagkit.validator.TagValidator;
import io.github.tagkit.validator.spi.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Full validation (schema, every rule, locations) of one ~90-line TAG file, the real registry
 * excerpt and a registry of 1,000 TAGs; the schema's compilation; the model read alone; and report
 * writing for 10,000 findings. Run: {@code java -jar} is not needed, see benchmarks/README.md.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  private TagValidator validator;
  private String oneTag;
  private String excerpt;
  private String thousandTags;
  private String schemaText;
  private Report tenThousandFindings;

  @Setup
  public void setUp() throws IOException {
    validator = TagValidator.builder().today(LocalDate.of(2026, 7, 1)).build();
    oneTag = Corpus.tag(1, false, "");
    excerpt = resource("/cncf-toc/tags.yaml");
    thousandTags = Corpus.registry(1000, 0.1, 42);
    schemaText = resource("/io/github/tagkit/validator/tag-metadata.schema.json");
    List<Finding> findings = new ArrayList<>();
    for (int i = 0; i < 10_000; i++) {
      findings.add(
          new Finding(
              Severity.values()[i % 3],
              "term-expired",
              "tech lead term of Lead " + i + " (@lead-" + i + ") ended 2026-06-30",
              new Location(
                  "tags.yaml", i + 1, 13, "/tags/" + i + "/leadership/tech_leads/0/term/end")));
    }
    tenThousandFindings = new Report(findings, 1);
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = ValidationBenchmark.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Benchmark
  public Report validateOneTagFile() {
    return validator.validate(oneTag, "tag.yaml");
  }

  @Benchmark
  public Report validateRealExcerpt() {
    return validator.validate(excerpt, "tags.yaml");
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Report validateThousandTagRegistry() {
    return validator.validate(thousandTags, "tags.yaml");
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public Schema compileSchema() {
    Schema schema =
        SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(schemaText, InputFormat.JSON);
    schema.initializeValidators();
    return schema;
  }

  @Benchmark
  public TagRegistry readModelOneTag() {
    return TagRegistry.parse(oneTag, "tag.yaml");
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public String writeTextReport() {
    return ReportFormat.TEXT.render(tenThousandFindings);
  }

  @Benchmark
  @OutputTimeUnit(TimeUnit.MILLISECONDS)
  public String writeSarifReport() {
    return ReportFormat.SARIF.render(tenThousandFindings);
  }
}
