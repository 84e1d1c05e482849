package io.github.tagkit.maven;

import io.github.tagkit.validator.TagValidator;
import java.io.File;
import java.util.Map;
import org.apache.maven.execution.MavenSession;
import org.apache.maven.plugins.annotations.Parameter;

/** The parameters of the goals that check the metadata ({@code validate}, {@code fix}). */
abstract class AbstractCheckMojo extends AbstractTagMojo {

  /** The build: findings name files relative to its top directory, outside a git repository. */
  @Parameter(defaultValue = "${session}", readonly = true)
  MavenSession session;

  /**
   * The file of rule levels and findings exempted with a reason; {@code .tagkit.yaml} when present.
   */
  @Parameter(property = "tag.exemptions")
  File exemptions;

  /** How many days before a term ends to warn; 30 by default. */
  @Parameter(property = "tag.expiryWarningDays", defaultValue = "30")
  int expiryWarningDays;

  /** The CNCF website's TAG pages (its docs/community/tags), to report where they disagree. */
  @Parameter(property = "tag.site")
  File site;

  /**
   * Rule levels over their defaults, by rule id: {@code off}, {@code info}, {@code warning} or
   * {@code error} ({@code <rules><term-missing>off</term-missing></rules>}); over those of {@code
   * .tagkit.yaml}. Rules of your own come from jars named in the plugin's {@code <dependencies>}.
   */
  @Parameter Map<String, String> rules;

  /** {@return the validator this configuration asks for} */
  TagValidator validator() {
    return TagValidators.of(this, baseDirectory.toPath()).build();
  }
}
