package io.github.tagkit.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * The schema is compiled once per process, on the thread {@link SchemaCheck#prepare()} starts or on
 * the first thread that asks, and every thread gets that one compiled schema.
 */
class SchemaCompileTest {
  /** The classes whose jars (or folders) a class loader of its own needs for the schema check. */
  private static final List<String> NEEDED =
      List.of(
          "io.github.tagkit.validator.internal.SchemaCheck",
          "io.github.tagkit.model.Suggestions",
          "io.github.tagkit.validator.RuleInfo",
          "com.networknt.schema.Schema",
          "com.ethlo.time.ITU",
          "tools.jackson.databind.JsonNode",
          "tools.jackson.core.JsonParser",
          "tools.jackson.dataformat.yaml.YAMLFactory",
          "org.snakeyaml.engine.v2.resolver.JsonScalarResolver",
          "com.fasterxml.jackson.annotation.JsonInclude",
          "org.slf4j.LoggerFactory",
          "org.slf4j.nop.NOPServiceProvider");

  @Test
  void threadsAskingWhileTheSchemaCompilesInTheBackgroundAllGetTheOneCompiledSchema()
      throws Exception {
    // A class loader of its own, so that the schema is not compiled yet whatever ran before.
    try (URLClassLoader loader = isolated()) {
      Class<?> type = loader.loadClass(SchemaCheck.class.getName());
      type.getMethod("prepare").invoke(null);
      Method get = type.getMethod("get");
      ExecutorService pool = Executors.newFixedThreadPool(4);
      try {
        List<Callable<Object>> asks = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
          asks.add(() -> get.invoke(null));
        }
        Set<Object> compiled = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Future<Object> got : pool.invokeAll(asks)) {
          compiled.add(got.get());
        }
        assertThat(compiled).hasSize(1);
        Object schema = compiled.iterator().next();
        assertThat(schema.getClass().getClassLoader()).isSameAs(loader);

        // and it checks: an empty mapping lacks the keys every TAG has
        Class<?> documents = loader.loadClass(SourceDocument.class.getName());
        Class<?> limits = loader.loadClass(Limits.class.getName());
        Method parse = documents.getDeclaredMethod("parse", byte[].class, limits, String.class);
        parse.setAccessible(true);
        Object document =
            parse.invoke(
                null,
                "{}".getBytes(StandardCharsets.UTF_8),
                limits.getField("DEFAULT").get(null),
                "t.yaml");
        Method check = type.getDeclaredMethod("check", documents, String.class);
        check.setAccessible(true);
        Object violations = check.invoke(schema, document, "t.yaml");
        assertThat(violations.toString())
            .contains("id=required-key", "'dir' is required", "'name' is required");
      } finally {
        pool.shutdownNow();
      }
    }
  }

  private static URLClassLoader isolated() throws ClassNotFoundException {
    List<URL> urls = new ArrayList<>();
    for (String name : NEEDED) {
      URL location =
          Class.forName(name, false, SchemaCompileTest.class.getClassLoader())
              .getProtectionDomain()
              .getCodeSource()
              .getLocation();
      if (!urls.contains(location)) {
        urls.add(location);
      }
    }
    // the boot loader as parent: the platform loader would hand back the modules already loaded
    return new URLClassLoader(urls.toArray(URL[]::new), null);
  }
}
