package io.github.tagkit.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.model.testing.ExportedApi;
import org.junit.jupiter.api.Test;

/** tag-pages' exported types show only JDK and tagkit types: no Mustache, no diff library. */
class ExportedApiTest {

  @Test
  void thePagesApiShowsNoDependency() {
    assertThat(ExportedApi.types(PageGenerator.class))
        .contains(PageGenerator.class, PageOutOfDate.class, MetadataPages.class);
    assertThat(ExportedApi.foreignTypes(PageGenerator.class)).isEmpty();
  }
}
