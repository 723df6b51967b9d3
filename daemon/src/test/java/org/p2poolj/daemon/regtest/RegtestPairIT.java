package org.p2poolj.daemon.regtest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.p2poolj.daemon.rpc.ChainInfo;

/** The harness itself: MWEB crossing, and a clean stop (process gone, datadirs deleted). */
class RegtestPairIT {

  @Test
  void crossMwebLeavesMwebActiveAndCleansUp() throws Exception {
    Path poolDir;
    Path otherDir;
    ProcessHandle poolProcess;
    try (RegtestPair pair = RegtestPair.crossMweb()) {
      ChainInfo info = pair.pool().rpc().getBlockchainInfo();
      assertThat(info.blocks()).isEqualTo(RegtestPair.LAST_PRE_MWEB_HEIGHT + 1);
      assertThat(info.softforks()).containsEntry("mweb", true);
      // The first MWEB block carries the harness's peg-in.
      String hash = pair.pool().rpc().getBestBlockHash();
      assertThat(pair.pool().rpc().getBlockHeader(hash).txCount()).isGreaterThanOrEqualTo(3);
      assertThat(pair.other().rpc().getBlockCount()).isEqualTo(info.blocks());
      poolDir = pair.pool().spec().datadir();
      otherDir = pair.other().spec().datadir();
      Optional<ProcessHandle> handle = ProcessHandle.of(pair.pool().pid());
      assertThat(handle).isPresent();
      poolProcess = handle.get();
      assertThat(Files.isDirectory(poolDir)).isTrue();
    }
    assertThat(poolProcess.isAlive()).isFalse();
    assertThat(Files.exists(poolDir)).isFalse();
    assertThat(Files.exists(otherDir)).isFalse();
  }
}
