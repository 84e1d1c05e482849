package io.github.tagkit.examples;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.TagRegistry;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class TermsEndingSoonTest {
  private static final Path REGISTRY = Path.of("../cncf-toc/tags.yaml");

  @Test
  void listsTheRealTechLeadsWhoseTermsEndedAndTheChairsEndingWithinAYear() throws Exception {
    String report = run(REGISTRY, LocalDate.of(2026, 7, 1), 365);
    assertThat(report)
        .isEqualTo(
            """
            ../cncf-toc/tags.yaml: 5 groups; 18 leaders whose term ends by 2027-07-01
              TAG Infrastructure (tag-infrastructure)
                Chair      Dylan Page @GenPage                  term 2025-07-01 to 2027-06-30, ends in 364 days
                Chair      Kashif Khan @kashifest               term 2025-07-01 to 2027-06-30, ends in 364 days
                Tech Lead  Alexa Griffith @alexagriffith        term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Antonio Ojea @aojea                  term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Bruno Schaatsbergen @bschaatsbergen  term 2025-07-02 to 2026-06-30, ended 1 day ago
                Tech Lead  Nicholas Jackson @nicholasjackson    term 2025-07-02 to 2026-06-30, ended 1 day ago
                Tech Lead  Zhonghu Xu @hzxuzhonghu              term 2025-07-02 to 2027-06-30, ends in 364 days
              TAG Operational Resilience (tag-operational-resilience)
                Chair      Saiyam Pathak @saiyam1814            term 2025-07-01 to 2027-06-30, ends in 364 days
                Tech Lead  Raffaele Spazzoli @raffaelespazzoli  term 2025-07-02 to 2026-06-30, ended 1 day ago
                Tech Lead  Matt Young @halcyondude              term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Nabarun Pal @palnabarun              term 2025-07-02 to 2027-06-30, ends in 364 days
              TAG Workloads Foundation (tag-workloads-foundation)
                Chair      Paco Xu @pacoxu                      term 2025-07-01 to 2027-06-30, ends in 364 days
                Chair      Yuan Tang @terrytangyuan             term 2025-07-01 to 2027-06-30, ends in 364 days
                Tech Lead  Alexander D. Kanevskiy @kad          term 2025-07-02 to 2026-06-30, ended 1 day ago
                Tech Lead  Hongcai Ren @RainbowMango            term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Kante Yin @kerthcet                  term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Rajas Kakodkar @rajaskakodkar        term 2025-07-02 to 2027-06-30, ends in 364 days
                Tech Lead  Stephen Rust @srust                  term 2025-07-02 to 2026-06-30, ended 1 day ago
            """);
  }

  @Test
  void nothingEndsWithinAMonthOfTheElection() throws Exception {
    String report = run(REGISTRY, LocalDate.of(2025, 7, 2), 30);
    assertThat(report)
        .isEqualTo("../cncf-toc/tags.yaml: 5 groups; 0 leaders whose term ends by 2025-08-01\n");
  }

  @Test
  void readsTheSingleTagExample() throws Exception {
    String report = run(Path.of("../tag-infrastructure/tag.yaml"), LocalDate.of(2026, 6, 1), 60);
    assertThat(report)
        .isEqualTo(
            """
            ../tag-infrastructure/tag.yaml: 1 group; 2 leaders whose term ends by 2026-07-31
              TAG Infrastructure (tag-infrastructure)
                Tech Lead  Bruno Schaatsbergen @bschaatsbergen  term 2025-07-02 to 2026-06-30, ends in 29 days
                Tech Lead  Nicholas Jackson @nicholasjackson    term 2025-07-02 to 2026-06-30, ends in 29 days
            """);
  }

  private static String run(Path file, LocalDate today, int days) throws Exception {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(buffer, true, StandardCharsets.UTF_8)) {
      TermsEndingSoon.print(file, TagRegistry.read(file), today, days, out);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
