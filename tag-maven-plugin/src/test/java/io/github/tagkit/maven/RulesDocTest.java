package io.github.tagkit.maven;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.pages.PageOutOfDate;
import io.github.tagkit.pages.PeopleTagLeads;
import io.github.tagkit.pages.RepositoryChecks;
import io.github.tagkit.pages.SitePageDrift;
import io.github.tagkit.validator.RuleInfo;
import io.github.tagkit.validator.spi.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * docs/rules.md lists every rule tag:validate runs, in order, with its severity and description.
 */
class RulesDocTest {
  private static final Pattern ENTRY =
      Pattern.compile(
          "### `([^`]+)`\\n\\n- \\*\\*Default severity:\\*\\* (\\w+)\\n- \\*\\*Checks:\\*\\* (.+)\\n"
              + "- \\*\\*Why:\\*\\* .+\\n- \\*\\*Fix:\\*\\* .+\\n");

  @Test
  void docsDescribeExactlyTheRegisteredRules() throws Exception {
    String doc =
        Files.readString(Path.of(System.getProperty("user.dir"), "..", "docs", "rules.md"));
    List<RuleInfo> documented = new ArrayList<>();
    Matcher matcher = ENTRY.matcher(doc);
    while (matcher.find()) {
      documented.add(
          new RuleInfo(
              matcher.group(1),
              Severity.valueOf(matcher.group(2).toUpperCase()),
              matcher.group(3)));
    }
    List<RuleInfo> rules =
        new RepositoryChecks(
                Path.of("."),
                Path.of("."),
                30,
                Optional.empty(),
                Optional.empty(),
                new PageOutOfDate(),
                Optional.of(new SitePageDrift(Path.of("site"))),
                Optional.of(new PeopleTagLeads(Path.of("config.yaml"))),
                "mvn tag:fix")
            .validator()
            .build()
            .rules();
    assertThat(documented).containsExactlyElementsOf(rules);
    assertThat(doc.split("\n### ", -1)).hasSize(rules.size() + 1);
  }
}
