/** A typed, immutable model of CNCF TAG metadata that reads and writes the real files. */
module io.github.tagkit.model {
  requires com.fasterxml.jackson.annotation;
  requires tools.jackson.core;
  requires tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.commonmark;

  exports io.github.tagkit.model;

  opens io.github.tagkit.model to
      tools.jackson.databind;
  opens io.github.tagkit.model.internal to
      tools.jackson.databind;
}
