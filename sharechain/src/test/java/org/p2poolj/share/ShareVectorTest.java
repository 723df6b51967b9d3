package org.p2poolj.share;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.codec.ByteWriter;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.chain.GentxConstants;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.testkit.GoldenVectors;

/** The real LTC-testnet v35 share: every intermediate value of spec §3.3. */
class ShareVectorTest {
  private static final HexFormat HEX = HexFormat.of();

  @Test
  void realLitecoinTestnetShareReproducesEveryValue() {
    JsonNode v = GoldenVectors.load("share_v35_ltc_testnet_real.json");
    var net = PoolNetworks.byName("litecoin-testnet");
    byte[] wire = HEX.parseHex(v.get("wire_share_hex").asText());
    RawShare raw = RawShare.parse(wire);
    assertThat(raw.type()).isEqualTo(35);
    assertThat(raw.contents()).hasSize(406);
    Share share = ShareCodec.decode(raw, net);
    assertThat(share).isInstanceOf(Share.V35.class);
    assertThat(ShareCodec.encode(share, net)).isEqualTo(wire);

    JsonNode f = v.get("fields");
    ShareData d = share.shareData();
    assertThat(d.payee()).isEqualTo(new Payee.Address(f.at("/share_data/address").asText()));
    assertThat(d.nonce()).isEqualTo(f.at("/share_data/nonce").asLong());
    assertThat(d.subsidy()).isEqualTo(f.at("/share_data/subsidy").asLong());
    assertThat(d.staleInfo()).isEqualTo(254);
    assertThat(HEX.formatHex(d.coinbase())).isEqualTo(f.at("/share_data/coinbase_hex").asText());
    assertThat(d.previousShareHash().toHex())
        .isEqualTo(f.at("/share_data/previous_share_hash").asText());
    ShareInfo info = share.shareInfo();
    assertThat(info.farShareHash().toHex()).isEqualTo(f.get("far_share_hash").asText());
    assertThat(Long.toHexString(info.maxBits())).isEqualTo(f.get("max_bits").asText());
    assertThat(Long.toHexString(info.bits())).isEqualTo(f.get("bits").asText());
    assertThat(info.timestamp()).isEqualTo(f.get("timestamp").asLong());
    assertThat(info.absheight()).isEqualTo(f.get("absheight").asLong());
    assertThat(info.abswork()).isEqualTo(new BigInteger(f.get("abswork").asText()));
    assertThat(info.segwitData().wtxidMerkleRoot().toHex())
        .isEqualTo(f.at("/segwit_data/wtxid_merkle_root").asText());
    assertThat(share.contents().hashLink().length()).isEqualTo(220);

    JsonNode dv = v.get("derived");
    assertThat(HEX.formatHex(ShareCodec.refTypeBytes(info, share.kind(), net)))
        .isEqualTo(dv.get("ref_type_packed_hex").asText());
    Hash256 ref = ShareLoader.refHash(share, net);
    assertThat(HEX.formatHex(ref.toLittleEndianBytes()))
        .isEqualTo(dv.get("ref_hash_le_hex").asText());
    byte[] linkInput =
        new ByteWriter()
            .hash256(ref)
            .u64le(share.contents().lastTxoutNonce())
            .u32le(0)
            .toByteArray();
    assertThat(HEX.formatHex(linkInput)).isEqualTo(dv.get("hash_link_input_data_hex").asText());

    LoadedShare s = ShareLoader.load(share, net, true);
    assertThat(s.gentxHash().toHex()).isEqualTo(dv.get("gentx_hash").asText());
    assertThat(s.header().merkleRoot().toHex()).isEqualTo(dv.get("merkle_root").asText());
    assertThat(HEX.formatHex(s.header().serialize())).isEqualTo(dv.get("header_hex").asText());
    assertThat(s.hash().toHex()).isEqualTo(dv.get("share_hash").asText());
    assertThat(s.powHash().toHex()).isEqualTo(dv.get("pow_hash_scrypt").asText());
    assertThat(s.target()).isEqualTo(new BigInteger(dv.get("share_target").asText(), 16));
    assertThat(s.maxTarget()).isEqualTo(new BigInteger(dv.get("max_target").asText(), 16));
    assertThat(s.blockTarget()).isEqualTo(new BigInteger(dv.get("block_target").asText(), 16));
    assertThat(HEX.formatHex(s.payoutScript())).isEqualTo(dv.get("payee_script").asText());
    assertThat(s.powValid()).isTrue();
    assertThat(s.isBlockSolution()).isFalse();
  }

  @Test
  void gentxBeforeRefhashAndDonationScriptMatchThePackVectors() {
    JsonNode v = GoldenVectors.load("pack_primitives_and_hash_link.json");
    assertThat(HEX.formatHex(GentxConstants.gentxBeforeRefhash()))
        .isEqualTo(v.get("gentx_before_refhash_v17_to_v35_hex").asText());
    assertThat(HEX.formatHex(GentxConstants.donationScript()))
        .isEqualTo(v.get("donation_script_hex").asText());
  }
}
