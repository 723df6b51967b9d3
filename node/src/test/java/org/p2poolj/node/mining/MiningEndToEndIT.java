package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.regtest.LitecoindBinary;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.demo.InProcessNode;
import org.p2poolj.node.demo.RegtestNodeConfig;
import org.p2poolj.node.runtime.NodeContext;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.stratum.miner.CpuMiner;
import org.p2poolj.stratum.miner.MinerConfig;
import org.p2poolj.stratum.miner.MinerReport;

/**
 * The whole mining path against real litecoind: the node in-process, two CPU miners over TCP
 * stratum (one rolling versions), shares into the chain, blocks accepted by the daemon, and each
 * accepted block's coinbase paying exactly what an independent PPLNS calculation over the chain
 * says.
 */
class MiningEndToEndIT {
  private static final ChainParams PARAMS = ChainParams.byName("litecoin-regtest");
  private static final long VERSION_MASK = 0x1fffe000L;

  @TempDir Path tmp;

  @Test
  void mwebOffTwoMinersArePaidByPplns() throws Exception {
    assumeTrue(LitecoindBinary.find().isPresent(), "litecoind not installed");
    try (RegtestPair pair = RegtestPair.mwebOff()) {
      runScenario(pair, 2, 6);
    }
  }

  @Test
  void afterMwebActivationBlocksCarryTheExtensionBlock() throws Exception {
    assumeTrue(LitecoindBinary.find().isPresent(), "litecoind not installed");
    try (RegtestPair pair = RegtestPair.crossMweb()) {
      Scenario s = runScenario(pair, 1, 3);
      JsonNode block =
          pair.pool().rpc().client().call("getblock", s.checkedBlocks.getFirst().toHex(), 2);
      // An MWEB block carries the HogEx as its last transaction and the extension block.
      assertThat(block.path("mweb").isMissingNode()).as(block.toString()).isFalse();
    }
  }

  record Scenario(List<Hash256> checkedBlocks) {}

  private Scenario runScenario(RegtestPair pair, int miners, int blocksWanted) throws Exception {
    DaemonRpc rpc = pair.pool().rpc();
    List<String> addresses = new ArrayList<>();
    addresses.add(rpc.client().call("getnewaddress", "", "legacy").asText());
    addresses.add(rpc.client().call("getnewaddress", "", "bech32").asText());
    P2poolConfig config =
        RegtestNodeConfig.build(
            pair.pool(),
            tmp.resolve("node"),
            tmp,
            List.of(
                ConfigOverride.of("store", "backend", "memory"),
                ConfigOverride.of("node", "fee_percent", 0.0),
                ConfigOverride.of("node", "donation_percent", 1.0)));
    Map<Hash256, List<PplnsOracle.Out>> expected = new ConcurrentHashMap<>();
    List<LoadedShare> found = new CopyOnWriteArrayList<>();
    try (InProcessNode node = InProcessNode.start(config, Duration.ofSeconds(60))) {
      NodeContext ctx = node.context();
      ctx.events()
          .onShareFound(
              share -> {
                found.add(share);
                if (share.isBlockSolution()) {
                  expected.put(
                      share.hash(),
                      ctx.chain()
                          .call(t -> PplnsOracle.expected(t, share, ctx.poolNetwork(), PARAMS)));
                }
              });
      int port = ctx.mining().port();
      List<CpuMiner> cpuMiners = new ArrayList<>();
      List<Thread> threads = new ArrayList<>();
      List<MinerReport> reports = new CopyOnWriteArrayList<>();
      for (int i = 0; i < miners; i++) {
        CpuMiner m =
            new CpuMiner(
                MinerConfig.loopback(
                    PARAMS,
                    port,
                    addresses.get(i) + ".w" + i,
                    1,
                    Duration.ofSeconds(120),
                    i == miners - 1));
        cpuMiners.add(m);
        threads.add(
            Thread.ofPlatform()
                .start(
                    () -> {
                      try {
                        reports.add(m.run());
                      } catch (Exception e) {
                        throw new IllegalStateException(e);
                      }
                    }));
      }
      List<Hash256> checked = new ArrayList<>();
      boolean allPaid = false;
      long deadline = System.nanoTime() + Duration.ofSeconds(100).toNanos();
      while (System.nanoTime() < deadline && (checked.size() < blocksWanted || !allPaid)) {
        Thread.sleep(500);
        for (Map.Entry<Hash256, List<PplnsOracle.Out>> e : expected.entrySet()) {
          if (checked.contains(e.getKey())) {
            continue;
          }
          List<PplnsOracle.Out> actual = coinbasePayouts(rpc, e.getKey());
          if (actual == null) {
            continue; // not (yet) on the daemon's main chain
          }
          assertThat(actual).as("coinbase of block %s", e.getKey()).isEqualTo(e.getValue());
          checked.add(e.getKey());
          allPaid |= paysAll(actual, addresses.subList(0, miners));
        }
      }
      cpuMiners.forEach(CpuMiner::stop);
      MiningStats st = ctx.mining().stats();
      System.out.printf(
          "e2e %s: %d shares (%d doa), %d blocks (%d accepted), %d checked against the oracle,"
              + " chain size %d%n",
          pair.mode(),
          st.shares(),
          st.sharesDoa(),
          st.blocks(),
          st.blocksAccepted(),
          checked.size(),
          ctx.chain().size());
      for (Thread t : threads) {
        t.join(30_000);
      }
      assertThat(checked)
          .as("blocks checked against the PPLNS oracle")
          .hasSizeGreaterThanOrEqualTo(blocksWanted);
      assertThat(allPaid).as("a block paying every miner").isTrue();
      assertThat(ctx.mining().stats().sharesRefused()).isZero();
      assertThat(ctx.mining().stats().shares()).isGreaterThanOrEqualTo(blocksWanted);
      assertThat(ctx.chain().size()).isGreaterThanOrEqualTo(blocksWanted);
      assertThat(reports).hasSize(miners);
      for (MinerReport r : reports) {
        assertThat(r.accepted()).as("miner report %s", r).isPositive();
      }
      // The rolling miner's shares enter the chain with rolled version bits in their headers.
      assertThat(found)
          .anySatisfy(s -> assertThat(s.header().version() & VERSION_MASK).isNotZero());
      return new Scenario(checked);
    }
  }

  private static boolean paysAll(List<PplnsOracle.Out> outs, List<String> addresses) {
    for (String a : addresses) {
      String script = java.util.HexFormat.of().formatHex(Address.parse(a, PARAMS).script());
      if (outs.stream().noneMatch(o -> o.scriptHex().equals(script) && o.value() > 0)) {
        return false;
      }
    }
    return true;
  }

  /** The coinbase's payout outputs (without the commitment and ref outputs), or null if unknown. */
  private static List<PplnsOracle.Out> coinbasePayouts(DaemonRpc rpc, Hash256 hash) {
    JsonNode block;
    try {
      block = rpc.client().call("getblock", hash.toHex(), 2);
    } catch (Exception e) {
      return null;
    }
    if (block.path("confirmations").asLong(-1) < 0) {
      return null;
    }
    JsonNode vout = block.path("tx").get(0).path("vout");
    List<PplnsOracle.Out> outs = new ArrayList<>();
    for (int i = 0; i < vout.size() - 1; i++) {
      String script = vout.get(i).path("scriptPubKey").path("hex").asText();
      if (script.startsWith("6a24aa21a9ed")) {
        continue;
      }
      long sat =
          new BigDecimal(vout.get(i).path("value").asText()).movePointRight(8).longValueExact();
      outs.add(new PplnsOracle.Out(sat, script));
    }
    assertThat(vout.get(vout.size() - 1).path("scriptPubKey").path("hex").asText())
        .startsWith("6a28");
    return outs;
  }
}
