package org.p2poolj.coin.oracle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.bitcoinj.base.BitcoinNetwork;
import org.bitcoinj.base.LegacyAddress;
import org.bitcoinj.base.SegwitAddress;
import org.bitcoinj.script.ScriptBuilder;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;

/** Address text and scripts against bitcoinj on the three Bitcoin networks. */
class AddressOracleTest {
  private static final BitcoinNetwork[] NETWORKS = {
    BitcoinNetwork.MAINNET, BitcoinNetwork.TESTNET, BitcoinNetwork.REGTEST
  };
  private static final ChainParams[] PARAMS = {
    ChainParams.BITCOIN, ChainParams.BITCOIN_TESTNET, ChainParams.BITCOIN_REGTEST
  };

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4, 5})
  void addressesAndScriptsAgree(long seed) {
    Random rnd = new Random(seed);
    for (int i = 0; i < 60; i++) {
      int n = rnd.nextInt(NETWORKS.length);
      BitcoinNetwork net = NETWORKS[n];
      ChainParams params = PARAMS[n];
      byte[] h20 = new byte[20];
      byte[] h32 = new byte[32];
      rnd.nextBytes(h20);
      rnd.nextBytes(h32);
      org.bitcoinj.base.Address theirs =
          switch (rnd.nextInt(5)) {
            case 0 -> LegacyAddress.fromPubKeyHash(net, h20);
            case 1 -> LegacyAddress.fromScriptHash(net, h20);
            case 2 -> SegwitAddress.fromProgram(net, 0, h20);
            case 3 -> SegwitAddress.fromProgram(net, 0, h32);
            default -> SegwitAddress.fromProgram(net, 1, h32);
          };
      String text = theirs.toString();
      byte[] theirScript = ScriptBuilder.createOutputScript(theirs).program();
      Address ours = Address.parse(text, params);
      assertThat(ours.script()).as(text).isEqualTo(theirScript);
      assertThat(Address.fromScript(theirScript, params)).contains(text);
    }
  }
}
