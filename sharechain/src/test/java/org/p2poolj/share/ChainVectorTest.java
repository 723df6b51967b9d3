package org.p2poolj.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.gentx.Generated;
import org.p2poolj.share.gentx.GenerationRequest;
import org.p2poolj.share.gentx.GentxBytes;
import org.p2poolj.share.gentx.TxOut;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tracker.AddResult;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.testkit.GoldenVectors;

/**
 * The generated chains (LTC testnet, LTC mainnet genesis, BTC parameters): each share parses and
 * re-serializes byte for byte, hashes as the reference did, passes {@code check()} in a tracker,
 * and our generate_transaction reproduces its full coinbase and payouts.
 */
class ChainVectorTest {
  private static final HexFormat HEX = HexFormat.of();

  @ParameterizedTest
  @CsvSource({
    "share_v35_ltc_testnet_synthetic_chain.json, litecoin-testnet, true, true",
    "share_v35_ltc_mainnet_genesis.json, litecoin, true, false",
    "share_v35_btc_mainnet_params_synthetic_nopow.json, bitcoin, false, true"
  })
  void chainReproducesByteForByte(String file, String netName, boolean powValid, boolean chained) {
    JsonNode v = GoldenVectors.load(file);
    PoolNetwork net = PoolNetworks.byName(netName);
    ShareTracker tracker = new ShareTracker(net, new Random(1));
    for (JsonNode sv : v.get("shares")) {
      byte[] wire = HEX.parseHex(sv.get("wire_share_hex").asText());
      RawShare raw = RawShare.parse(wire);
      assertThat(HEX.formatHex(raw.contents())).isEqualTo(sv.get("contents_hex").asText());
      Share share = ShareCodec.decode(raw, net);
      assertThat(ShareCodec.encode(share, net)).isEqualTo(wire);
      LoadedShare s = ShareLoader.load(share, net, false);
      JsonNode d = sv.get("derived");
      assertThat(HEX.formatHex(ShareCodec.refTypeBytes(share.shareInfo(), share.kind(), net)))
          .isEqualTo(d.get("ref_type_packed_hex").asText());
      assertThat(s.gentxHash().toHex()).isEqualTo(d.get("gentx_hash").asText());
      assertThat(s.header().merkleRoot().toHex()).isEqualTo(d.get("merkle_root").asText());
      assertThat(HEX.formatHex(s.header().serialize())).isEqualTo(d.get("header_hex").asText());
      assertThat(s.hash().toHex()).isEqualTo(d.get("share_hash").asText());
      assertThat(s.powHash().toHex()).isEqualTo(d.get("pow_hash").asText());
      assertThat(s.powValid()).isEqualTo(powValid);
      assertThat(HEX.formatHex(s.payoutScript())).isEqualTo(d.get("payee_script").asText());
      assertThat(s.target().toString(16)).isEqualTo(stripZeros(d.get("share_target").asText()));
      assertThat(s.maxTarget().toString(16)).isEqualTo(stripZeros(d.get("max_target").asText()));

      if (!chained) {
        tracker = new ShareTracker(net, new Random(1));
      }
      assertThat(tracker.add(s, "peer", s.timestamp())).isEqualTo(AddResult.ADDED);
      Generated g =
          tracker
              .checker()
              .generator()
              .generate(
                  tracker,
                  new GenerationRequest(
                      s.kind(),
                      share.shareData(),
                      s.blockTarget(),
                      share.shareInfo().timestamp(),
                      s.target(),
                      List.of(),
                      share.contents().lastTxoutNonce(),
                      share.shareInfo().segwitData(),
                      List.of()));
      assertThat(HEX.formatHex(g.strippedGentx())).isEqualTo(d.get("gentx_stripped_hex").asText());
      assertThat(HEX.formatHex(GentxBytes.withWitness(share.shareData().coinbase(), g.outputs())))
          .isEqualTo(d.get("gentx_with_witness_hex").asText());
      JsonNode payouts = d.get("payouts");
      assertThat(g.outputs()).hasSize(payouts.size());
      for (int i = 0; i < payouts.size(); i++) {
        TxOut o = g.outputs().get(i);
        assertThat(o.value()).isEqualTo(payouts.get(i).get("value").asLong());
        assertThat(HEX.formatHex(o.script())).isEqualTo(payouts.get(i).get("script").asText());
      }
      assertThat(tracker.attemptVerify(s.hash(), s.timestamp() + 1)).isEmpty();
      assertThat(tracker.isVerified(s.hash())).isTrue();
    }
  }

  private static String stripZeros(String hex) {
    String t = hex.replaceFirst("^0+", "");
    return t.isEmpty() ? "0" : t;
  }
}
