/** Checks TAG metadata against its JSON Schema and the CNCF governance rules. */
module io.github.tagkit.validator {
  requires transitive io.github.tagkit.model;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports io.github.tagkit.validator;
  exports io.github.tagkit.validator.spi;

  // Rules of users' own, found by TagValidator.Builder.discoverRules.
  uses io.github.tagkit.validator.spi.Rule;

  opens io.github.tagkit.validator.internal to
      tools.jackson.databind;
}
