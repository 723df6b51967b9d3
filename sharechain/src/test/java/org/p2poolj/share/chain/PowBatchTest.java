package org.p2poolj.share.chain;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.testkit.GoldenVectors;

/** Parallel PoW of a batch: valid scrypt shares pass, the unmined BTC-parameter ones do not. */
class PowBatchTest {
  @Test
  void flagsExactlyTheSharesWithoutValidPow() throws Exception {
    List<LoadedShare> shares = new ArrayList<>();
    shares.addAll(load("share_v35_ltc_testnet_synthetic_chain.json", "litecoin-testnet"));
    List<LoadedShare> btc = load("share_v35_btc_mainnet_params_synthetic_nopow.json", "bitcoin");
    shares.addAll(btc);
    ExecutorService exec = Executors.newFixedThreadPool(2);
    try {
      assertThat(PowBatch.compute(shares, exec)).containsExactlyElementsOf(btc);
    } finally {
      exec.shutdownNow();
    }
  }

  private static List<LoadedShare> load(String file, String net) {
    PoolNetwork n = PoolNetworks.byName(net);
    List<LoadedShare> out = new ArrayList<>();
    for (JsonNode s : GoldenVectors.load(file).get("shares")) {
      RawShare raw = RawShare.parse(HexFormat.of().parseHex(s.get("wire_share_hex").asText()));
      out.add(ShareLoader.load(raw, n, false));
    }
    return out;
  }
}
