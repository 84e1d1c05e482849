/** Checks TAG metadata against its JSON Schema and the CNCF governance rules. */
module io.github.tagkit.validator {
  requires transitive io.github.tagkit.model;
  requires io.github.tagkit.pages;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;

  exports io.github.tagkit.validator;

  opens io.github.tagkit.validator.internal to
      tools.jackson.databind;
}
