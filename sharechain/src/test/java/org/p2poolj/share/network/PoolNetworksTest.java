package org.p2poolj.share.network;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.address.Bech32;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.tracker.ShareTracker;

class PoolNetworksTest {
  @Test
  void liveNetworksCarrySpecValues() {
    PoolNetwork ltc = PoolNetworks.byName("litecoin");
    assertThat(HexFormat.of().formatHex(ltc.identifier())).isEqualTo("e037d5b8c6923410");
    assertThat(HexFormat.of().formatHex(ltc.prefix())).isEqualTo("7208c1a53ef629b0");
    assertThat(ltc.chainLength()).isEqualTo(8640);
    assertThat(ltc.sharePeriod()).isEqualTo(15);
    assertThat(Targets.encode(ltc.maxTarget())).isEqualTo(0x1e0fffffL);
    assertThat(ltc.segwitActive(ShareKind.V17)).isTrue();
    PoolNetwork btc = PoolNetworks.byName("bitcoin");
    assertThat(Targets.encode(btc.maxTarget())).isEqualTo(0x1d00ffffL);
    assertThat(btc.segwitActive(ShareKind.V32)).isFalse();
    assertThat(btc.segwitActive(ShareKind.V33)).isTrue();
    PoolNetwork tltc = PoolNetworks.byName("litecoin_testnet");
    assertThat(Targets.encode(tltc.maxTarget())).isEqualTo(0x200cccccL);
    assertThat(tltc.chainLength()).isEqualTo(400);
    assertThat(PoolNetworks.byName("bitcoin-testnet").chainLength()).isEqualTo(360);
    assertThatThrownBy(() -> PoolNetworks.byName("dogecoin"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("known");
  }

  @Test
  void customNetworkOverridesOnlyWhatItSets() {
    PoolNetwork custom =
        PoolNetworks.litecoin().toBuilder()
            .name("private")
            .identifierHex("0102030405060708")
            .sharePeriod(10)
            .bootstrapAddrs(List.of("10.0.0.2:9326"))
            .build();
    assertThat(custom.sharePeriod()).isEqualTo(10);
    assertThat(custom.chainLength()).isEqualTo(8640);
    assertThat(custom.bootstrapAddrs()).containsExactly("10.0.0.2:9326");
    assertThatThrownBy(() -> custom.toBuilder().identifierHex("01").build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @ParameterizedTest
  @ValueSource(strings = {"litecoin-regtest", "bitcoin-regtest"})
  void regtestDefaultsMineAndVerify(String name) {
    PoolNetwork net = PoolNetworks.byName(name);
    SplittableRandom r = new SplittableRandom(4);
    byte[] h = new byte[20];
    r.nextBytes(h);
    List<String> addrs = List.of(Bech32.encodeSegwit(net.parent().bech32Hrp(), 0, h));
    SyntheticChain gen =
        new SyntheticChain(
            net,
            r,
            new SyntheticChain.Options(
                ShareKind.V35,
                addrs,
                1_714_426_000L,
                Targets.encode(Targets.TWO_256.divide(BigInteger.valueOf(1000))),
                5_000_000_000L,
                0,
                0));
    ShareTracker t = new ShareTracker(net, new Random(1));
    Hash256 head = gen.extend(t, null, 6, s -> t.add(s, null, s.timestamp()));
    assertThat(t.think(1_714_426_100L, x -> 0).best()).isEqualTo(head);
    assertThat(t.verifiedCount()).isEqualTo(6);
  }
}
