package org.p2poolj.share.chain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import java.util.function.UnaryOperator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.p2poolj.share.InvalidShare.Reason;
import org.p2poolj.share.Payee;
import org.p2poolj.share.Share;
import org.p2poolj.share.ShareContents;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareInfo;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.testkit.GoldenVectors;

/** Each receipt rule of JT's constructor, triggered by editing the real LTC-testnet share. */
class ShareLoaderTest {
  enum Edit {
    COINBASE_TOO_SHORT(Reason.BAD_COINBASE_SIZE),
    GARBAGE_ADDRESS(Reason.INVALID_PAYOUT_ADDRESS),
    TARGET_TOO_EASY(Reason.TARGET_ABOVE_MAX),
    OTHER_NONCE(Reason.POW_INVALID);

    final Reason expected;

    Edit(Reason expected) {
      this.expected = expected;
    }
  }

  @ParameterizedTest
  @EnumSource(Edit.class)
  void editedRealShareIsRejectedWithTheRightReason(Edit edit) {
    JsonNode v = GoldenVectors.load("share_v35_ltc_testnet_real.json");
    PoolNetwork net = PoolNetworks.byName("litecoin-testnet");
    Share real = ShareCodec.decode(HexFormat.of().parseHex(v.get("wire_share_hex").asText()), net);
    assertThat(ShareLoader.load(real, net, true).powValid()).isTrue();
    Share edited =
        switch (edit) {
          case COINBASE_TOO_SHORT ->
              withData(real, d -> copy(d, new byte[] {1}, d.payee(), d.nonce()));
          case GARBAGE_ADDRESS ->
              withData(
                  real, d -> copy(d, d.coinbase(), new Payee.Address("not-an-address"), d.nonce()));
          case OTHER_NONCE -> withData(real, d -> copy(d, d.coinbase(), d.payee(), d.nonce() ^ 1));
          case TARGET_TOO_EASY -> withBits(real, 0x2100ffffL);
        };
    assertThatThrownBy(() -> ShareLoader.load(edited, net, true))
        .isInstanceOfSatisfying(
            VerificationException.class, e -> assertThat(e.reason()).isEqualTo(edit.expected));
  }

  private static ShareData copy(ShareData d, byte[] coinbase, Payee payee, long nonce) {
    return new ShareData(
        d.previousShareHash(),
        coinbase,
        nonce,
        payee,
        d.subsidy(),
        d.donation(),
        d.staleInfo(),
        d.desiredVersion());
  }

  private static Share withData(Share s, UnaryOperator<ShareData> f) {
    ShareInfo i = s.shareInfo();
    return with(
        s,
        new ShareInfo(
            f.apply(i.shareData()),
            i.segwitData(),
            i.txRefs(),
            i.farShareHash(),
            i.maxBits(),
            i.bits(),
            i.timestamp(),
            i.absheight(),
            i.abswork()));
  }

  private static Share withBits(Share s, long bits) {
    ShareInfo i = s.shareInfo();
    return with(
        s,
        new ShareInfo(
            i.shareData(),
            i.segwitData(),
            i.txRefs(),
            i.farShareHash(),
            i.maxBits(),
            bits,
            i.timestamp(),
            i.absheight(),
            i.abswork()));
  }

  private static Share with(Share s, ShareInfo info) {
    ShareContents c = s.contents();
    return Share.of(
        s.kind(),
        new ShareContents(
            c.minHeader(),
            info,
            c.refMerkleBranch(),
            c.lastTxoutNonce(),
            c.hashLink(),
            c.merkleBranch()));
  }
}
