package dev.precis.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class PageCacheTest {
  final AtomicLong version = new AtomicLong();
  final AtomicInteger made = new AtomicInteger();
  final PageCache cache = new PageCache(version::get, 4);

  byte[] make() {
    return ("page " + made.incrementAndGet() + " of version " + version.get()).getBytes(StandardCharsets.UTF_8);
  }

  String page(String key) {
    return new String(cache.page(key, this::make), StandardCharsets.UTF_8);
  }

  @Test
  void aPageIsMadeOnceWhileTheStoreDoesNotMove() {
    assertThat(page("first")).isEqualTo("page 1 of version 0");
    assertThat(page("first")).isEqualTo("page 1 of version 0");
    assertThat(page("other")).isEqualTo("page 2 of version 0");
  }

  @Test
  void aReaderAfterAWriteGetsAPageMadeAfterIt() {
    page("first");
    version.incrementAndGet();
    assertThat(page("first")).isEqualTo("page 2 of version 1");
  }

  @Test
  void whatMakingAPageThrowsReachesTheReaderAndIsNotKept() {
    assertThatThrownBy(() -> cache.page("bad", () -> {
      throw new EventStore.StoreException("store down", null);
    })).isInstanceOf(EventStore.StoreException.class).hasMessage("store down");
    assertThat(page("bad")).isEqualTo("page 1 of version 0");
  }

  @Test
  void readersWhileAPageIsMadeWaitForThatOne() throws Exception {
    CountDownLatch making = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> answers = java.util.Collections.synchronizedList(new ArrayList<>());
    Thread first = new Thread(() -> answers.add(new String(cache.page("p", () -> {
      making.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        throw new IllegalStateException(e);
      }
      return make();
    }), StandardCharsets.UTF_8)));
    first.start();
    making.await();
    List<Thread> others = new ArrayList<>();
    for (int i = 0; i < 8; i++) others.add(new Thread(() -> answers.add(page("p"))));
    others.forEach(Thread::start);
    release.countDown();
    first.join();
    for (Thread t : others) t.join();
    assertThat(answers).hasSize(9).containsOnly("page 1 of version 0");
    assertThat(made).hasValue(1);
  }

  @Test
  void pagesOfOlderVersionsGoFirstPastTheCapacity() {
    for (int i = 0; i < 4; i++) page("old " + i);
    version.incrementAndGet();
    page("new");
    assertThat(cache.size()).isLessThanOrEqualTo(4);
    assertThat(page("new")).isEqualTo("page 5 of version 1");
  }
}
