package dev.newsfacet.internal.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class SearchPassesTest {

  @Test
  void aPassRunsOnAnIdleHelperAndHandsBackItsResult() throws Exception {
    try (SearchPasses passes = new SearchPasses(2)) {
      CountDownLatch running = new CountDownLatch(1);
      SearchPasses.Pass<String> pass =
          passes.start(() -> {
            running.countDown();
            return Thread.currentThread().getName();
          });
      // Begun by the helper before the caller asks: join() then waits for the helper's result.
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      assertThat(pass.join()).startsWith("newsfacet-search-");
    }
  }

  @Test
  void aHandedOffPassRunsExactlyOnceWhoeverBeginsIt() throws IOException {
    try (SearchPasses passes = new SearchPasses(2)) {
      // join() runs a pass no helper has begun yet, while a helper may take it at the same moment:
      // each pass must still run once and hand back its own result.
      AtomicInteger runs = new AtomicInteger();
      for (int i = 0; i < 2000; i++) {
        int n = i;
        SearchPasses.Pass<Integer> pass =
            passes.start(() -> {
              runs.incrementAndGet();
              return n * 3;
            });
        assertThat(pass.join()).isEqualTo(n * 3);
        assertThat(runs.get()).isEqualTo(i + 1);
      }
    }
  }

  @Test
  void withOneThreadEveryPassRunsOnTheCaller() throws IOException {
    String caller = Thread.currentThread().getName();
    assertThat(SearchPasses.SERIAL.start(() -> Thread.currentThread().getName()).join())
        .isEqualTo(caller);
  }

  @Test
  void aPassFindingTheHelperBusyRunsOnTheCallerInsteadOfWaiting() throws Exception {
    try (SearchPasses passes = new SearchPasses(2)) {
      CountDownLatch running = new CountDownLatch(1);
      CountDownLatch release = new CountDownLatch(1);
      SearchPasses.Pass<String> blocking =
          passes.start(() -> {
            running.countDown();
            try {
              release.await(30, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
              Thread.currentThread().interrupt();
            }
            return Thread.currentThread().getName();
          });
      assertThat(running.await(30, TimeUnit.SECONDS)).isTrue();
      // The only helper is busy: this pass must not queue behind it.
      String second = passes.start(() -> Thread.currentThread().getName()).join();
      assertThat(second).isEqualTo(Thread.currentThread().getName());
      release.countDown();
      assertThat(blocking.join()).startsWith("newsfacet-search-");
    }
  }

  @Test
  void failuresComeBackAsTheExceptionsThePassThrew() {
    try (SearchPasses passes = new SearchPasses(2)) {
      IOException io = new IOException("disk gone");
      IllegalStateException state = new IllegalStateException("reader closed");
      assertThatThrownBy(() ->
              passes
                  .start(() -> {
                    throw io;
                  })
                  .join())
          .isSameAs(io);
      assertThatThrownBy(() ->
              passes
                  .start(() -> {
                    throw state;
                  })
                  .join())
          .isSameAs(state);
      SearchPasses.Pass<Object> failed =
          passes.start(() -> {
            throw io;
          });
      failed.await(); // over, and quietly
    }
  }

  @Test
  void aPassRunsUnderItsSearchsDeadlineAndReportsHittingIt() throws IOException {
    try (SearchPasses passes = new SearchPasses(2)) {
      SearchDeadline.start(Duration.ofNanos(1));
      try {
        long[] callers = SearchDeadline.current();
        SearchPasses.Pass<Boolean> pass =
            passes.start(
                () -> SearchDeadline.current() == callers && SearchDeadline.INSTANCE.shouldExit());
        assertThat(pass.join()).isTrue();
        assertThat(SearchDeadline.exceeded()).isTrue();
      } finally {
        SearchDeadline.clear();
      }
      // The helper thread does not keep the finished search's deadline.
      assertThat(passes.start(SearchDeadline::current).join()).isNull();
    }
  }

  @Test
  void afterCloseEveryPassRunsOnTheCaller() throws IOException {
    SearchPasses passes = new SearchPasses(3);
    passes.close();
    assertThat(passes.start(() -> Thread.currentThread().getName()).join())
        .isEqualTo(Thread.currentThread().getName());
  }

  @Test
  void threadsBelowOneAreRefusedNamingTheValue() {
    assertThatThrownBy(() -> new SearchPasses(0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("threads")
        .hasMessageContaining("0");
  }
}
