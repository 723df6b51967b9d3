package org.p2poolj.node.p2p;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.regtest.LitecoindBinary;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.node.config.ConfigOverride;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.node.demo.InProcessNode;
import org.p2poolj.node.demo.RegtestNodeConfig;
import org.p2poolj.stratum.miner.CpuMiner;
import org.p2poolj.stratum.miner.MinerConfig;

/**
 * Three whole nodes in process (store, chain, daemon link, p2p, stratum, web), all beside one real
 * regtest litecoind, CPU miners over stratum on two of them: all three must converge on the same
 * best share and agree for a one-minute window. The synthetic-miner {@link ThreeNodesIT} covers the
 * longer window, late join and restart; this one proves the assembled node wires p2p in.
 */
class FullNodesIT {
  private static final ChainParams PARAMS = ChainParams.byName("litecoin-regtest");
  private static final Duration WINDOW = Duration.ofMinutes(1);

  @TempDir Path tmp;

  @Test
  @Timeout(300)
  void threeAssembledNodesConvergeWithMinersOnTwo() throws Exception {
    assumeTrue(LitecoindBinary.find().isPresent(), "litecoind not installed");
    try (RegtestPair pair = RegtestPair.mwebOff()) {
      P2poolConfig ca = config(pair, "a", List.of());
      List<InProcessNode> nodes = new ArrayList<>();
      List<CpuMiner> miners = new ArrayList<>();
      try {
        nodes.add(InProcessNode.start(ca, Duration.ofSeconds(90)));
        P2poolConfig cb = config(pair, "b", List.of(ca.p2p().port()));
        nodes.add(InProcessNode.start(cb, Duration.ofSeconds(90)));
        P2poolConfig cc = config(pair, "c", List.of(ca.p2p().port(), cb.p2p().port()));
        nodes.add(InProcessNode.start(cc, Duration.ofSeconds(90)));
        String address = pair.pool().rpc().client().call("getnewaddress", "", "bech32").asText();
        for (int i = 0; i < 2; i++) {
          CpuMiner m =
              new CpuMiner(
                  MinerConfig.loopback(
                      PARAMS,
                      nodes.get(i).context().mining().port(),
                      address + ".w" + i,
                      1,
                      Duration.ofSeconds(240),
                      false));
          miners.add(m);
          Thread.ofPlatform()
              .daemon()
              .start(
                  () -> {
                    try {
                      m.run();
                    } catch (Exception e) {
                      // the test's assertions report what matters
                    }
                  });
        }
        ThreeNodesIT.await(
            "a chain of 10 shares everywhere",
            Duration.ofSeconds(120),
            () -> agree(nodes) && height(nodes.getFirst()) >= 10);
        int samples = 0;
        int agreed = 0;
        long end = System.nanoTime() + WINDOW.toNanos();
        while (System.nanoTime() < end) {
          samples++;
          agreed += agree(nodes) ? 1 : 0;
          Thread.sleep(250);
        }
        int heightAfter = height(nodes.getFirst());
        System.out.printf(
            "FullNodesIT: all three agreed in %d of %d samples over %s; best height %d%n",
            agreed, samples, WINDOW, heightAfter);
        assertThat((double) agreed / samples).isGreaterThan(0.8);
        for (InProcessNode n : nodes) {
          P2pService p2p = p2p(n);
          assertThat(p2p.node().orElseThrow().establishedPeers()).hasSizeGreaterThanOrEqualTo(2);
        }
        // Shares from both miners' nodes are on the agreed chain: each node received some.
        assertThat(p2p(nodes.get(0)).port().sharesAdded()).isPositive();
        assertThat(p2p(nodes.get(1)).port().sharesAdded()).isPositive();
        assertThat(p2p(nodes.get(2)).port().sharesAdded()).isGreaterThanOrEqualTo(10);
      } finally {
        miners.forEach(CpuMiner::stop);
        for (InProcessNode n : nodes.reversed()) {
          n.close();
        }
      }
    }
  }

  private P2poolConfig config(RegtestPair pair, String name, List<Integer> peers) {
    List<ConfigOverride> extra = new ArrayList<>();
    if (!peers.isEmpty()) {
      StringBuilder list = new StringBuilder("p2p.peers=[");
      for (int i = 0; i < peers.size(); i++) {
        list.append(i == 0 ? "" : ", ").append("\"127.0.0.1:").append(peers.get(i)).append('"');
      }
      extra.add(ConfigOverride.parse(list.append(']').toString()));
    }
    return RegtestNodeConfig.build(pair.pool(), tmp.resolve(name), tmp.resolve(name), extra);
  }

  private static P2pService p2p(InProcessNode n) {
    return n.context().services().running().stream()
        .filter(P2pService.class::isInstance)
        .map(P2pService.class::cast)
        .findFirst()
        .orElseThrow();
  }

  private static int height(InProcessNode n) {
    Optional<Hash256> best = n.context().chain().best();
    return best.isEmpty() ? 0 : n.context().chain().<Integer>call(t -> t.height(best.get()));
  }

  private static boolean agree(List<InProcessNode> nodes) {
    Optional<Hash256> first = nodes.getFirst().context().chain().best();
    return first.isPresent()
        && nodes.stream().allMatch(n -> Objects.equals(n.context().chain().best(), first));
  }
}
