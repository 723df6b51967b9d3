package org.p2poolj.node.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class AbstractServiceTest {
  private final List<String> journal = new ArrayList<>();

  @Test
  void goesIdleRunningStopped() throws Exception {
    RecordingService s = new RecordingService("a", journal);
    assertThat(s.state()).isEqualTo(ServiceState.IDLE);
    s.start();
    assertThat(s.state()).isEqualTo(ServiceState.RUNNING);
    s.stop();
    assertThat(s.state()).isEqualTo(ServiceState.STOPPED);
    assertThat(journal).containsExactly("start:a", "stop:a");
  }

  @Test
  void stopIsIdempotent() throws Exception {
    RecordingService s = new RecordingService("a", journal);
    s.start();
    s.stop();
    s.stop();
    s.stop();
    assertThat(journal).containsExactly("start:a", "stop:a");
  }

  @Test
  void stoppingAnIdleServiceDoesNothingButStopsIt() {
    RecordingService s = new RecordingService("a", journal);
    s.stop();
    assertThat(s.state()).isEqualTo(ServiceState.STOPPED);
    assertThat(journal).isEmpty();
  }

  @Test
  void itCannotStartTwiceNorAfterStop() throws Exception {
    RecordingService s = new RecordingService("a", journal);
    s.start();
    assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
    s.stop();
    assertThatThrownBy(s::start).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void aFailedStartCleansUpAndEndsStopped() {
    RecordingService s = new RecordingService("a", journal, true);
    assertThatThrownBy(s::start).hasMessage("port in use");
    assertThat(s.state()).isEqualTo(ServiceState.STOPPED);
    assertThat(journal).containsExactly("start:a", "stop:a");
    s.stop();
    assertThat(journal).hasSize(2);
  }

  @Test
  void concurrentStopsRunTheStopOnce() throws Exception {
    List<String> shared = new CopyOnWriteArrayList<>();
    RecordingService s = new RecordingService("a", shared);
    s.start();
    CountDownLatch go = new CountDownLatch(1);
    List<Thread> threads = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      threads.add(
          Thread.ofPlatform()
              .start(
                  () -> {
                    try {
                      go.await(5, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                      Thread.currentThread().interrupt();
                    }
                    s.stop();
                  }));
    }
    go.countDown();
    for (Thread t : threads) {
      t.join(5_000);
    }
    assertThat(shared).containsExactly("start:a", "stop:a");
  }

  @Test
  void aStopDuringStartIsHonouredWhenStartReturns() throws Exception {
    CountDownLatch inStart = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    List<String> shared = new CopyOnWriteArrayList<>();
    AbstractService slow =
        new AbstractService("slow") {
          @Override
          protected void doStart() throws InterruptedException {
            inStart.countDown();
            release.await(5, TimeUnit.SECONDS);
          }

          @Override
          protected void doStop() {
            shared.add("stop");
          }
        };
    Thread starter =
        Thread.ofPlatform()
            .start(
                () -> {
                  try {
                    slow.start();
                  } catch (Exception e) {
                    shared.add("failed");
                  }
                });
    assertThat(inStart.await(5, TimeUnit.SECONDS)).isTrue();
    slow.stop();
    release.countDown();
    starter.join(5_000);
    assertThat(slow.state()).isEqualTo(ServiceState.STOPPED);
    assertThat(shared).containsExactly("stop");
  }
}
