package org.p2poolj.share.address;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.p2poolj.share.chain.GentxConstants;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.testkit.GoldenVectors;

/** address_to_script2 with padding_bugfix False (v34) and True (v35), bug for bug. */
class PayoutScriptsTest {
  private static final HexFormat HEX = HexFormat.of();

  private static AddressRules rules(String network) {
    return AddressRules.of(PoolNetworks.byName(network).parent());
  }

  @Test
  void everyVectorConvertsOrThrowsAsTheReference() {
    JsonNode v = GoldenVectors.load("address_script_vectors.json");
    int checked = 0;
    for (JsonNode c : v.get("vectors")) {
      if (!c.has("address")) {
        continue;
      }
      AddressRules r = rules(c.get("network").asText());
      String address = c.get("address").asText();
      for (boolean fix : new boolean[] {false, true}) {
        String want = c.get("script_padding_bugfix_" + (fix ? "True" : "False")).asText();
        if (want.startsWith("ERROR")) {
          assertThatThrownBy(() -> PayoutScripts.addressToScript(address, r, fix))
              .isInstanceOf(InvalidPayoutAddressException.class)
              .hasMessageContaining("Odd-length");
        } else {
          assertThat(HEX.formatHex(PayoutScripts.addressToScript(address, r, fix)))
              .as("%s padding=%s", address, fix)
              .isEqualTo(want);
        }
        checked++;
      }
    }
    assertThat(checked).isEqualTo(2 * 19);
  }

  @Test
  void donationAddressesMatch() {
    JsonNode v = GoldenVectors.load("address_script_vectors.json");
    JsonNode d = v.get("vectors").get(v.get("vectors").size() - 1);
    byte[] h160 = GentxConstants.donationHash160();
    assertThat(PayoutScripts.pubkeyHashToAddress(h160, 0))
        .isEqualTo(d.get("donation_p2pkh_address_btc").asText());
    assertThat(PayoutScripts.pubkeyHashToAddress(h160, 48))
        .isEqualTo(d.get("donation_p2pkh_address_ltc").asText());
  }

  @Test
  void bech32mTaprootAddressIsRefused() {
    // BIP350 test vector: a valid Bech32m v1 address, which JT's Bech32-only decoder rejects
    String taproot = "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0";
    assertThatThrownBy(() -> PayoutScripts.addressToScript(taproot, rules("bitcoin"), true))
        .isInstanceOf(InvalidPayoutAddressException.class);
  }

  @Test
  void witnessVersionIsIgnoredForBech32V1() {
    // BIP173 test vector for witness v1 (Bech32, pre-BIP350): JT writes OP_0, not OP_1
    String v1 = "bc1pw508d6qejxtdg4y5r3zarvary0c5xw7kw508d6qejxtdg4y5r3zarvary0c5xw7k7grplx";
    byte[] script = PayoutScripts.addressToScript(v1, rules("bitcoin"), true);
    assertThat(script[0]).isEqualTo((byte) 0x00);
    assertThat(script[1]).isEqualTo((byte) 40);
  }

  @Test
  void wrongNetworkBase58IsRefused() {
    assertThatThrownBy(
            () ->
                PayoutScripts.addressToScript(
                    "1LR4dmTSS2BV7yrMKKv2SwYBGWhtEGCU29", rules("litecoin"), true))
        .isInstanceOf(InvalidPayoutAddressException.class)
        .hasMessageContaining("not for this net");
  }
}
