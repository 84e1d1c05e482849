package io.github.tagkit.model.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LazyTest {
  @Test
  void madeOnceOnFirstUseWhicheverThreadsAsk() throws Exception {
    AtomicInteger made = new AtomicInteger();
    CountDownLatch asking = new CountDownLatch(8);
    Lazy<Object> value =
        Lazy.of(
            () -> {
              made.incrementAndGet();
              return new Object();
            });
    assertThat(made).hasValue(0);
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Future<Object>> got = new ArrayList<>();
      for (int i = 0; i < 8; i++) {
        got.add(
            pool.submit(
                () -> {
                  asking.countDown();
                  asking.await();
                  return value.get();
                }));
      }
      Object first = got.get(0).get();
      for (Future<Object> other : got) {
        assertThat(other.get()).isSameAs(first);
      }
      assertThat(value.get()).isSameAs(first);
      assertThat(made).hasValue(1);
    } finally {
      pool.shutdownNow();
    }
  }
}
