package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.block.Merkle;
import org.p2poolj.coin.codec.ByteReader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.BlockTemplateParser;
import org.p2poolj.daemon.template.Fixtures;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.testkit.GoldenVectors;

class BlockAssemblerTest {
  private static final byte[] TAG =
      "/p2poolj/".getBytes(java.nio.charset.StandardCharsets.US_ASCII);

  private static CoinbaseRequest pay(long... values) {
    List<TxOut> outs = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      byte[] h = new byte[20];
      Arrays.fill(h, (byte) (i + 1));
      outs.add(new TxOut(values[i], i % 2 == 0 ? Scripts.p2wpkh(h) : Scripts.p2pkh(h)));
    }
    return new CoinbaseRequest(outs, TAG);
  }

  @Test
  void litecoinMwebBlockReproducesTheDaemonsWitnessCommitment() {
    BlockTemplate t = Fixtures.template(Fixtures.FIRST_MWEB_BLOCK);
    BlockCandidate c = BlockAssembler.assemble(t, pay(t.coinbaseValue() - 1000, 1000));
    byte[] commitmentOut = c.coinbase().outputs().getLast().script();
    assertThat(commitmentOut).isEqualTo(t.defaultWitnessCommitment().orElseThrow());
    assertThat(c.transactions()).hasSize(t.transactions().size());
    assertThat(c.transactions().getLast().isHogEx()).isTrue();
  }

  @Test
  void litecoinMwebBlockLayout() {
    BlockTemplate t = Fixtures.template(Fixtures.FIRST_MWEB_BLOCK);
    BlockCandidate c = BlockAssembler.assemble(t, pay(t.coinbaseValue()));
    byte[] block = c.serialize();
    ByteReader r = new ByteReader(block);
    BlockHeader header = BlockHeader.read(r);
    assertThat(header.previousBlock()).isEqualTo(t.previousBlockHash());
    assertThat(header.bits()).isEqualTo(t.bits());
    assertThat(r.varInt()).isEqualTo(1 + t.transactions().size());
    Transaction coinbase = Transaction.read(r);
    assertThat(coinbase.hasWitness()).isTrue();
    assertThat(coinbase.witnesses().getFirst())
        .singleElement()
        .satisfies(w -> assertThat(w).hasSize(32));
    byte[] scriptSig = coinbase.inputs().getFirst().scriptSig();
    assertThat(Arrays.copyOf(scriptSig, Scripts.bip34Height(t.height()).length))
        .isEqualTo(Scripts.bip34Height(t.height()));
    for (TemplateTx tx : t.transactions()) {
      assertThat(r.bytes(tx.size())).isEqualTo(tx.data());
    }
    byte[] mweb = t.mweb().orElseThrow();
    assertThat(r.u8()).isEqualTo(1);
    assertThat(r.bytes(mweb.length)).isEqualTo(mweb);
    r.expectEnd();
    List<Hash256> ids = new ArrayList<>();
    ids.add(coinbase.txid());
    t.transactions().forEach(tx -> ids.add(tx.txid()));
    assertThat(header.merkleRoot()).isEqualTo(Merkle.root(ids));
  }

  @Test
  void leavingOutAPlainTxKeepsPegInAndHogExAndLowersTheClaim() {
    BlockTemplate t = Fixtures.template(Fixtures.FIRST_MWEB_BLOCK);
    TemplateTx hogEx = t.transactions().getLast();
    int pegIn = hogEx.depends().getFirst();
    // Want nothing: only the mandatory MWEB transactions remain.
    Selection s = TxSelector.select(t, SelectionLimits.DEFAULT, tx -> false);
    assertThat(s.transactions()).containsExactly(t.transactions().get(pegIn), hogEx);
    long leftOut =
        t.transactions().stream()
            .filter(tx -> !s.transactions().contains(tx))
            .mapToLong(TemplateTx::fee)
            .sum();
    assertThat(s.leftOutFees()).isEqualTo(leftOut).isPositive();
    BlockCandidate c = BlockAssembler.assemble(t, s, pay(t.coinbaseValue() - leftOut));
    assertThat(c.coinbaseValueAvailable()).isEqualTo(t.coinbaseValue() - leftOut);
    assertThatThrownBy(() -> BlockAssembler.assemble(t, s, pay(t.coinbaseValue() - leftOut + 1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("exceeds");
    // The commitment covers exactly the chosen transactions.
    assertThat(c.coinbase().outputs().getLast().script())
        .isEqualTo(
            WitnessCommitment.script(
                List.of(s.transactions().get(0).wtxid(), hogEx.wtxid()),
                WitnessCommitment.ZERO_RESERVED));
  }

  @Test
  void bitcoinVectorMerkleRootAndHeader() {
    JsonNode v = GoldenVectors.load("bitcoin_block_header_and_tx.json");
    Transaction coinbase = Transaction.parse(Hex.decode(v.at("/coinbase_tx/tx_hex").asText()));
    assertThat(coinbase.txid().toHex()).isEqualTo(v.at("/coinbase_tx/txid").asText());
    List<TemplateTx> txs = new ArrayList<>();
    JsonNode txids = v.at("/merkle_hash_30/txids");
    Hash256 first = Hash256.fromHex(txids.get(0).asText());
    for (int i = 1; i < txids.size(); i++) {
      Hash256 id = Hash256.fromHex(txids.get(i).asText());
      txs.add(new TemplateTx(new byte[10], id, id, List.of(), 0, 0, 40));
    }
    Hash256 root = BlockAssembler.merkleRoot(first, txs);
    assertThat(root.toHex()).isEqualTo(v.at("/merkle_hash_30/root").asText());
    JsonNode f = v.at("/btc_header/fields");
    BlockHeader header =
        new BlockHeader(
            f.get("version").asLong(),
            Hash256.fromHex(f.get("previous_block").asText()),
            root,
            f.get("timestamp").asLong(),
            Long.parseLong(f.get("bits").asText(), 16),
            f.get("nonce").asLong());
    assertThat(Hex.encode(header.serialize())).isEqualTo(v.at("/btc_header/header_hex").asText());
    assertThat(header.hash().toHex()).isEqualTo(v.at("/btc_header/hash256").asText());
  }

  @ParameterizedTest
  @ValueSource(longs = {11, 12, 13, 14})
  void handBuiltBitcoinTemplatesGiveConsistentBlocks(long seed) {
    Random r = new Random(seed);
    int n = 1 + r.nextInt(25);
    long height = 1 + r.nextInt(900_000);
    BlockTemplate t =
        BlockTemplateParser.parse(
            HandTemplates.bitcoinTemplate(r, n, height, List.of("csv", "!segwit", "taproot")));
    assertThat(t.hasMweb()).isFalse();
    BlockCandidate c = BlockAssembler.assemble(t, pay(1000, t.coinbaseValue() - 1000));
    byte[] block = c.serialize();
    ByteReader reader = new ByteReader(block);
    BlockHeader header = BlockHeader.read(reader);
    long count = reader.varInt();
    List<Transaction> parsed = new ArrayList<>();
    for (long i = 0; i < count; i++) {
      parsed.add(Transaction.read(reader));
    }
    reader.expectEnd(); // no MWEB suffix on bitcoin
    assertThat(parsed).hasSize(n + 1);
    assertThat(header.merkleRoot())
        .isEqualTo(Merkle.root(parsed.stream().map(Transaction::txid).toList()));
    List<Hash256> wtxids = new ArrayList<>();
    wtxids.add(Hash256.ZERO);
    parsed.subList(1, parsed.size()).forEach(tx -> wtxids.add(tx.wtxid()));
    byte[] reserved = parsed.getFirst().witnesses().getFirst().getFirst();
    byte[] buf = new byte[64];
    Merkle.root(wtxids).copyTo(buf, 0);
    System.arraycopy(reserved, 0, buf, 32, 32);
    byte[] expectedCommitment = Sha256d.hash(buf);
    byte[] out = parsed.getFirst().outputs().getLast().script();
    assertThat(Arrays.copyOfRange(out, 0, 6)).isEqualTo(Hex.decode("6a24aa21a9ed"));
    assertThat(Arrays.copyOfRange(out, 6, 38)).isEqualTo(expectedCommitment);
    assertThat(parsed.getFirst().outputs().subList(0, 2).stream().mapToLong(TxOut::value).sum())
        .isEqualTo(t.coinbaseValue());
    assertThat(header.timestamp()).isEqualTo(t.curTime());
  }

  @Test
  void preSegwitTemplateHasNoCommitmentAndNoCoinbaseWitness() {
    Random r = new Random(5);
    var json = HandTemplates.bitcoinTemplate(r, 4, 300_000, List.of());
    BlockTemplate t = BlockTemplateParser.parse(json);
    assertThat(t.segwit()).isFalse();
    BlockCandidate c = BlockAssembler.assemble(t, pay(t.coinbaseValue()));
    assertThat(c.coinbase().hasWitness()).isFalse();
    assertThat(c.coinbase().outputs()).hasSize(1);
  }

  @Test
  void scriptSigBoundsAreEnforced() {
    BlockTemplate t = Fixtures.template(Fixtures.MWEB_EMPTY);
    List<TxOut> outs = pay(1).payouts();
    assertThatThrownBy(() -> BlockAssembler.assemble(t, new CoinbaseRequest(outs, new byte[120])))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("scriptSig");
  }
}
