package io.github.tagkit.validator.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.tagkit.validator.IsolatedTagkit;
import java.lang.reflect.Method;
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
  @Test
  void threadsAskingWhileTheSchemaCompilesInTheBackgroundAllGetTheOneCompiledSchema()
      throws Exception {
    // A class loader of its own, so that the schema is not compiled yet whatever ran before.
    try (URLClassLoader loader = new IsolatedTagkit()) {
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
}
