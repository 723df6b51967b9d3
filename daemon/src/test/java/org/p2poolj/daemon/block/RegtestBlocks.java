package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.BlockTemplateParser;
import org.p2poolj.daemon.template.TemplateSourceConfig;

/** Shared steps of the block ITs: fetch a template, pay, mine, check what the daemon stored. */
final class RegtestBlocks {
  private RegtestBlocks() {}

  static BlockTemplate template(DaemonRpc rpc) throws DaemonRpcException {
    return BlockTemplateParser.parse(
        rpc.getBlockTemplateJson(
            TemplateSourceConfig.LITECOIN_RULES, Optional.empty(), Duration.ofSeconds(20)));
  }

  /**
   * Two payouts (bech32 and legacy addresses of the pool wallet) that take all of {@code total}.
   */
  static CoinbaseRequest payouts(RegtestPair pair, long total) throws DaemonRpcException {
    String legacy = pair.pool().rpc().client().call("getnewaddress", "", "legacy").asText();
    byte[] a = Address.parse(pair.minerAddress(), ChainParams.LITECOIN_REGTEST).script();
    byte[] b = Address.parse(legacy, ChainParams.LITECOIN_REGTEST).script();
    long first = total / 3;
    return new CoinbaseRequest(
        List.of(new TxOut(first, a), new TxOut(total - first, b)),
        "/p2poolj-test/".getBytes(java.nio.charset.StandardCharsets.US_ASCII));
  }

  /**
   * A template holding all of {@code txids}. The daemon rebuilds its cached template only 5 s after
   * a mempool change (at once after a new tip), so this retries for up to 12 s.
   */
  static BlockTemplate templateWith(DaemonRpc rpc, String... txids) throws Exception {
    BlockTemplate t = templateMatching(rpc, x -> contains(x, txids));
    assertThat(t.transactions()).extracting(tx -> tx.txid().toHex()).contains(txids);
    return t;
  }

  /** The first template (retrying for up to 12 s) that satisfies {@code wanted}, or the last. */
  static BlockTemplate templateMatching(DaemonRpc rpc, Predicate<BlockTemplate> wanted)
      throws Exception {
    BlockTemplate t = template(rpc);
    for (int i = 0; i < 60 && !wanted.test(t); i++) {
      Thread.sleep(200);
      t = template(rpc);
    }
    return t;
  }

  private static boolean contains(BlockTemplate t, String... txids) {
    List<String> have = t.transactions().stream().map(tx -> tx.txid().toHex()).toList();
    return have.containsAll(List.of(txids));
  }

  static BlockHeader solve(BlockCandidate c, BlockTemplate t) {
    return NonceSearch.solve(c.header(), PowFunction.SCRYPT, t.target(), 10_000).orElseThrow();
  }

  /** Waits (at most 10 s) until the daemon's tip is {@code hash}. */
  static void awaitTip(DaemonRpc rpc, Hash256 hash) throws Exception {
    for (int i = 0; i < 200; i++) {
      if (rpc.getBestBlockHash().equals(hash.toHex())) {
        return;
      }
      Thread.sleep(50);
    }
    assertThat(rpc.getBestBlockHash()).as("daemon tip").isEqualTo(hash.toHex());
  }

  /**
   * Checks that the daemon stored exactly our block and that its coinbase pays exactly our outputs
   * (plus the witness commitment).
   */
  static void assertStoredAsBuilt(DaemonRpc rpc, byte[] block, BlockCandidate c, Hash256 hash)
      throws DaemonRpcException {
    assertThat(rpc.getBlockHex(hash.toHex())).isEqualTo(Hex.encode(block));
    JsonNode verbose = rpc.client().call("getblock", hash.toHex(), 2);
    JsonNode vout = verbose.get("tx").get(0).get("vout");
    List<TxOut> stored = new ArrayList<>();
    for (JsonNode o : vout) {
      long value = o.get("value").decimalValue().movePointRight(8).longValueExact();
      stored.add(new TxOut(value, Hex.decode(o.at("/scriptPubKey/hex").asText())));
    }
    assertThat(stored).isEqualTo(c.coinbase().outputs());
    List<String> txids = new ArrayList<>();
    verbose.get("tx").forEach(tx -> txids.add(tx.get("txid").asText()));
    List<String> ours = new ArrayList<>();
    ours.add(c.coinbase().txid().toHex());
    c.transactions().forEach(tx -> ours.add(tx.txid().toHex()));
    assertThat(txids).isEqualTo(ours);
  }
}
