package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.ByteBuffer;
import java.util.EnumSet;
import java.util.List;
import java.util.Random;
import org.bitcoinj.core.Block;
import org.bitcoinj.core.Context;
import org.bitcoinj.core.VerificationException;
import org.bitcoinj.params.RegTestParams;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.BlockTemplateParser;

/**
 * bitcoind-style blocks (no MWEB) built from hand-made templates, checked by bitcoinj as an
 * independent verifier: proof of work, merkle root, BIP34 height, transaction sanity (bitcoinj's
 * verify does not check the witness commitment; BlockAssemblerTest and litecoind do).
 */
class BitcoinjOracleTest {
  private static final EnumSet<Block.VerifyFlag> NO_FLAGS = EnumSet.noneOf(Block.VerifyFlag.class);

  @BeforeAll
  static void bitcoinjContext() {
    Context.propagate(new Context());
  }

  @ParameterizedTest
  @ValueSource(longs = {21, 22, 23, 24, 25, 26})
  void bitcoinjAcceptsOurBlocks(long seed) {
    Random r = new Random(seed);
    int n = r.nextInt(30);
    long height = 500 + r.nextInt(800_000);
    BlockTemplate t =
        BlockTemplateParser.parse(
            HandTemplates.bitcoinTemplate(r, n, height, List.of("csv", "!segwit")));
    byte[] h1 = new byte[20];
    byte[] h2 = new byte[32];
    r.nextBytes(h1);
    r.nextBytes(h2);
    long first = r.nextLong(t.coinbaseValue());
    CoinbaseRequest pay =
        new CoinbaseRequest(
            List.of(
                new TxOut(first, Scripts.p2pkh(h1)),
                new TxOut(t.coinbaseValue() - first, Scripts.p2wsh(h2))),
            new byte[] {(byte) seed, 7, 7});
    BlockCandidate c = BlockAssembler.assemble(t, pay);
    BlockHeader solved =
        NonceSearch.solve(c.header(), PowFunction.SHA256D, t.target(), 10_000).orElseThrow();
    byte[] bytes = c.serialize(solved);

    Block block = Block.read(ByteBuffer.wrap(bytes));
    Block.verify(
        RegTestParams.get(), block, (int) height, EnumSet.of(Block.VerifyFlag.HEIGHT_IN_COINBASE));

    assertThat(block.getHashAsString()).isEqualTo(solved.hash().toHex());
    assertThat(block.getMerkleRoot().toString()).isEqualTo(solved.merkleRoot().toHex());
    assertThat(block.getTransactions()).hasSize(n + 1);
    var coinbase = block.getTransactions().getFirst();
    assertThat(coinbase.getOutputs()).hasSize(3);
    assertThat(coinbase.getOutput(0).getValue().value).isEqualTo(first);
    assertThat(coinbase.getOutput(1).getValue().value).isEqualTo(t.coinbaseValue() - first);
    assertThat(coinbase.getTxId().toString()).isEqualTo(c.coinbase().txid().toHex());
  }

  @Test
  void theOracleNoticesATamperedTransaction() {
    Random r = new Random(99);
    BlockTemplate t =
        BlockTemplateParser.parse(HandTemplates.bitcoinTemplate(r, 6, 1000, List.of("!segwit")));
    CoinbaseRequest pay =
        new CoinbaseRequest(
            List.of(new TxOut(t.coinbaseValue(), Scripts.p2wpkh(new byte[20]))), new byte[] {1});
    BlockCandidate c = BlockAssembler.assemble(t, pay);
    BlockHeader solved =
        NonceSearch.solve(c.header(), PowFunction.SHA256D, t.target(), 10_000).orElseThrow();
    byte[] bytes = c.serialize(solved);
    Block.verify(RegTestParams.get(), Block.read(ByteBuffer.wrap(bytes)), 1000, NO_FLAGS);
    // The last 4 bytes are the last transaction's lock time: changing it changes its txid.
    bytes[bytes.length - 1] ^= 1;
    Block tampered = Block.read(ByteBuffer.wrap(bytes));
    assertThatThrownBy(() -> Block.verify(RegTestParams.get(), tampered, 1000, NO_FLAGS))
        .isInstanceOf(VerificationException.class);
  }
}
