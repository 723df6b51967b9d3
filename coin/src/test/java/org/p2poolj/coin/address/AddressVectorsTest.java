package org.p2poolj.coin.address;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.testkit.GoldenVectors;

/**
 * The standard address -> script mapping of address_script_vectors.json. The p2pool padding-bug
 * column belongs to the share-chain module; here only the correct BIP173 scripts are checked, plus
 * the decoded versions and programs those quirks start from.
 */
class AddressVectorsTest {
  @Test
  void addressesMapToTheirScriptsAndBack() {
    JsonNode vectors = GoldenVectors.load("address_script_vectors.json").get("vectors");
    int checked = 0;
    for (JsonNode v : vectors) {
      if (!v.has("address")) {
        continue;
      }
      ChainParams params = ChainParams.byName(v.get("network").asText());
      String text = v.get("address").asText();
      Address a = Address.parse(text, params);
      String expectedScript = v.get("script_padding_bugfix_True").asText();
      assertThat(Hex.encode(a.script())).as(text).isEqualTo(expectedScript);
      assertThat(a.text()).isEqualTo(text);

      int witver = v.get("witver").asInt();
      int version = v.get("version").asInt();
      BigInteger pubkeyHashInt = new BigInteger(v.get("pubkey_hash_int_hex").asText(), 16);
      if (witver >= 0) {
        assertThat(a.type()).isEqualTo(Address.Type.WITNESS);
        assertThat(a.witnessVersion()).isEqualTo(witver);
        // p2pool holds the program as a big-endian integer.
        assertThat(new BigInteger(1, a.program())).isEqualTo(pubkeyHashInt);
      } else {
        assertThat(a.version()).isEqualTo(version);
        assertThat(a.witnessVersion()).isEqualTo(-1);
        // p2pool holds a base58 hash160 as IntType(160), i.e. little-endian.
        assertThat(new BigInteger(1, reverse(a.program()))).isEqualTo(pubkeyHashInt);
      }
      assertThat(Address.fromScript(a.script(), params)).contains(text);
      checked++;
    }
    assertThat(checked).isGreaterThanOrEqualTo(19);
  }

  @Test
  void donationAddressesHaveTheDonationHash() {
    JsonNode vectors = GoldenVectors.load("address_script_vectors.json").get("vectors");
    JsonNode donation = vectors.get(vectors.size() - 1);
    assertThat(donation.get("note").asText()).isEqualTo("donation");
    BigInteger expected = new BigInteger(donation.get("donation_hash160_le_int").asText(), 16);
    Address btc =
        Address.parse(donation.get("donation_p2pkh_address_btc").asText(), ChainParams.BITCOIN);
    Address ltc =
        Address.parse(donation.get("donation_p2pkh_address_ltc").asText(), ChainParams.LITECOIN);
    assertThat(new BigInteger(1, reverse(btc.program()))).isEqualTo(expected);
    assertThat(ltc.program()).isEqualTo(btc.program());
    assertThat(ltc.type()).isEqualTo(Address.Type.P2PKH);
  }

  private static byte[] reverse(byte[] b) {
    byte[] r = new byte[b.length];
    for (int i = 0; i < b.length; i++) {
      r[i] = b[b.length - 1 - i];
    }
    return r;
  }
}
