package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigInteger;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;

class BlockTemplateParserTest {

  @Test
  void parsesTheFirstMwebTemplate() {
    ObjectNode json = Fixtures.json(Fixtures.FIRST_MWEB_BLOCK);
    BlockTemplate t = BlockTemplateParser.parse(json);
    assertThat(t.height()).isEqualTo(json.get("height").asLong());
    assertThat(t.bits()).isEqualTo(0x207fffffL);
    assertThat(t.target()).isEqualTo(new BigInteger(json.get("target").asText(), 16));
    assertThat(t.previousBlockHash())
        .isEqualTo(Hash256.fromHex(json.get("previousblockhash").asText()));
    assertThat(t.coinbaseValue()).isEqualTo(json.get("coinbasevalue").asLong());
    assertThat(t.segwit()).isTrue();
    assertThat(t.hasMweb()).isTrue();
    assertThat(t.mweb().orElseThrow()).hasSize(json.get("mweb").asText().length() / 2);
    assertThat(t.transactions()).hasSize(json.get("transactions").size());
    TemplateTx hogEx = t.transactions().getLast();
    assertThat(hogEx.isHogEx()).isTrue();
    assertThat(hogEx.txid()).isEqualTo(hogEx.wtxid());
    // GBT's 1-based "depends" become 0-based indices.
    int dependsOneBased = json.get("transactions").get(2).get("depends").get(0).asInt();
    assertThat(hogEx.depends()).containsExactly(dependsOneBased - 1);
    assertThat(t.transactions().subList(0, 2)).noneMatch(TemplateTx::isHogEx);
    assertThat(t.transactions().getFirst().hasWitness()).isTrue();
    assertThat(t.longPollId()).startsWith(json.get("previousblockhash").asText());
  }

  @Test
  void theKeyChangesWithTheTransactionSet() {
    BlockTemplate a = Fixtures.template(Fixtures.FIRST_MWEB_BLOCK);
    ObjectNode json = Fixtures.json(Fixtures.FIRST_MWEB_BLOCK);
    assertThat(BlockTemplateParser.parse(json).key()).isEqualTo(a.key());
    ((ArrayNode) json.get("transactions")).remove(1);
    assertThat(BlockTemplateParser.parse(json).key()).isNotEqualTo(a.key());
  }

  static Stream<Arguments> malformed() {
    return Stream.of(
        bad("previousblockhash", j -> j.remove("previousblockhash")),
        bad("previousblockhash", j -> j.put("previousblockhash", "abcd")),
        bad("previousblockhash", j -> j.put("previousblockhash", "zz".repeat(32))),
        bad("bits", j -> j.put("bits", "7fffff")),
        bad("bits", j -> j.put("bits", 545259519)),
        bad("height", j -> j.put("height", -1)),
        bad("height", j -> j.put("height", "432")),
        bad("coinbasevalue", j -> j.put("coinbasevalue", 1.5)),
        bad("coinbasevalue", j -> j.remove("coinbasevalue")),
        bad("curtime", j -> j.put("curtime", 1L << 33)),
        bad("version", j -> j.putNull("version")),
        bad("transactions", j -> j.put("transactions", "none")),
        bad("transactions[0].data", j -> tx(j, 0).removeAll().put("x", 1)),
        bad("transactions[0].data", j -> tx(j, 0).put("data", "0g")),
        bad("transactions[0].data", j -> tx(j, 0).put("data", "012")),
        bad("transactions[0].data", j -> tx(j, 0).put("data", "00")),
        bad("transactions[1].txid", j -> tx(j, 1).put("txid", "00")),
        bad("transactions[1].fee", j -> tx(j, 1).put("fee", -5)),
        bad("transactions[1].txid", j -> tx(j, 1).put("txid", "11".repeat(32))),
        bad("transactions[1].hash", j -> tx(j, 1).put("hash", "11".repeat(32))),
        bad("transactions[1].data", j -> tx(j, 1).put("data", "0100000000000000000000")),
        bad("transactions[0].depends", j -> tx(j, 0).putArray("depends").add(1)),
        bad("transactions[2].depends", j -> tx(j, 2).putArray("depends").add(0)),
        bad("transactions[2].depends", j -> tx(j, 2).put("depends", 1)),
        bad("transactions[1]", j -> swap(j, 1, 2)),
        bad("mweb", j -> ((ArrayNode) j.get("transactions")).remove(2)),
        bad("transactions[2]", j -> j.remove("mweb")),
        bad("mweb", j -> j.put("mweb", "xyz1")),
        bad("default_witness_commitment", j -> j.put("default_witness_commitment", 7)),
        bad("target", j -> j.put("target", "7fffff")));
  }

  private static Arguments bad(String field, Consumer<ObjectNode> mutation) {
    return Arguments.of(field, mutation);
  }

  private static ObjectNode tx(ObjectNode j, int i) {
    return (ObjectNode) j.get("transactions").get(i);
  }

  private static void swap(ObjectNode j, int a, int b) {
    ArrayNode txs = (ArrayNode) j.get("transactions");
    var first = txs.get(a);
    txs.set(a, txs.get(b));
    txs.set(b, first);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("malformed")
  void malformedFieldsAreNamed(String field, Consumer<ObjectNode> mutation) {
    ObjectNode json = Fixtures.json(Fixtures.FIRST_MWEB_BLOCK);
    mutation.accept(json);
    assertThatThrownBy(() -> BlockTemplateParser.parse(json))
        .isInstanceOf(TemplateException.class)
        .isInstanceOf(ProtocolException.class)
        .hasMessageContaining("'" + field + "'");
  }

  @Test
  void nonObjectResultIsRejected() {
    assertThatThrownBy(() -> BlockTemplateParser.parse(null)).isInstanceOf(TemplateException.class);
    assertThatThrownBy(
            () ->
                BlockTemplateParser.parse(
                    new com.fasterxml.jackson.databind.ObjectMapper().createArrayNode()))
        .isInstanceOf(TemplateException.class);
  }

  @Test
  void optionalFieldsDefault() {
    ObjectNode json = Fixtures.json(Fixtures.MWEB_EMPTY);
    json.remove("longpollid");
    json.remove("mintime");
    json.remove("weightlimit");
    json.remove("coinbaseaux");
    BlockTemplate t = BlockTemplateParser.parse(json);
    assertThat(t.longPollId()).isEmpty();
    assertThat(t.minTime()).isEqualTo(t.curTime());
    assertThat(t.weightLimit()).isEqualTo(4_000_000);
    assertThat(t.coinbaseFlags()).isEmpty();
    assertThat(t.transactions()).singleElement().matches(TemplateTx::isHogEx);
  }
}
