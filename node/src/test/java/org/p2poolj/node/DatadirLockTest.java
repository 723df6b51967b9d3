package org.p2poolj.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.node.lifecycle.ServiceState;

class DatadirLockTest {
  @TempDir Path tmp;

  @Test
  void createsTheDatadirAndKeepsASecondNodeOut() throws Exception {
    Path datadir = tmp.resolve("a").resolve("b");
    DatadirLock first = new DatadirLock(datadir);
    first.start();
    assertThat(Files.isDirectory(datadir)).isTrue();

    DatadirLock second = new DatadirLock(datadir);
    assertThatThrownBy(second::start).hasMessageContaining("another p2poolj node");
    assertThat(second.state()).isEqualTo(ServiceState.STOPPED);

    first.stop();
    DatadirLock third = new DatadirLock(datadir);
    third.start();
    assertThat(third.state()).isEqualTo(ServiceState.RUNNING);
    third.stop();
  }
}
