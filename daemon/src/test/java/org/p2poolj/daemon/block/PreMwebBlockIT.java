package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcClient;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

/** Blocks built entirely by our code on a Litecoin regtest chain with MWEB off. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreMwebBlockIT {
  private static RegtestPair pair;
  private static RpcClient client;
  private static DaemonRpc rpc;
  private static DaemonP2pLink link;
  private static BlockSubmitter submitter;

  @BeforeAll
  static void start() throws Exception {
    pair = RegtestPair.mwebOff();
    client = new RpcClient(pair.pool().rpcConfig());
    rpc = new DaemonRpc(client);
    link =
        new DaemonP2pLink(
            new InetSocketAddress("127.0.0.1", pair.pool().p2pPort()),
            ChainParams.LITECOIN_REGTEST.p2pMagic(),
            hash -> {},
            Clock.systemUTC(),
            new Random(7));
    link.start();
    assertThat(link.awaitConnected(Duration.ofSeconds(10))).isTrue();
    submitter = new BlockSubmitter(rpc, Optional.of(link));
  }

  @AfterAll
  static void stop() {
    if (link != null) {
      link.close();
    }
    if (client != null) {
      client.close();
    }
    if (pair != null) {
      pair.close();
    }
  }

  @Test
  @Order(1)
  void ourBlockWithChosenWitnessTxsIsAcceptedBySubmitblock() throws Exception {
    String keep1 = pair.send("bech32", 1.0);
    String keep2 = pair.send("legacy", 0.7);
    String drop = pair.send("p2sh-segwit", 0.3);
    BlockTemplate t = RegtestBlocks.templateWith(rpc, keep1, keep2, drop);
    assertThat(t.hasMweb()).isFalse();
    assertThat(t.transactions()).anyMatch(TemplateTx::hasWitness);
    Selection s =
        TxSelector.select(t, SelectionLimits.DEFAULT, tx -> !tx.txid().toHex().equals(drop));
    assertThat(s.transactions()).extracting(tx -> tx.txid().toHex()).contains(keep1, keep2);
    BlockCandidate c =
        BlockAssembler.assemble(
            t, s, RegtestBlocks.payouts(pair, t.coinbaseValue() - s.leftOutFees()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = submitter.submit(block, solved.hash(), BlockSubmitter.Via.RPC);

    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.ACCEPTED);
    assertThat(rpc.getBestBlockHash()).isEqualTo(solved.hash().toHex());
    RegtestBlocks.assertStoredAsBuilt(rpc, block, c, solved.hash());
    assertThat(client.call("getrawmempool").toString()).contains(drop);
  }

  @Test
  @Order(2)
  void ourBlockIsAcceptedThroughTheP2pLink() throws Exception {
    String txid = pair.send("bech32", 0.25);
    BlockTemplate t = RegtestBlocks.templateWith(rpc, txid);
    BlockCandidate c = BlockAssembler.assemble(t, RegtestBlocks.payouts(pair, t.coinbaseValue()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = submitter.submit(block, solved.hash(), BlockSubmitter.Via.P2P);

    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.SENT_P2P_ONLY);
    RegtestBlocks.awaitTip(rpc, solved.hash());
    RegtestBlocks.assertStoredAsBuilt(rpc, block, c, solved.hash());
    // The same block again through submitblock: the daemon already has it.
    assertThat(submitter.submit(block, solved.hash(), BlockSubmitter.Via.RPC).outcome())
        .isEqualTo(SubmitResult.Outcome.DUPLICATE);
  }

  /** Last: litecoind drops a peer that relays an invalid block, so the link has to reconnect. */
  @Test
  @Order(3)
  void aBlockFailingProofOfWorkIsRejectedWithTheDaemonsReason() throws Exception {
    BlockTemplate t = RegtestBlocks.template(rpc);
    BlockCandidate c = BlockAssembler.assemble(t, RegtestBlocks.payouts(pair, t.coinbaseValue()));
    BlockHeader bad = c.header();
    for (long n = 0; n < 1000; n++) {
      bad = c.header().withNonce(n);
      if (PowFunction.SCRYPT.powHash(bad.serialize()).toBigInteger().compareTo(t.target()) > 0) {
        break;
      }
    }
    long before = submitter.count(SubmitResult.Outcome.REJECTED);
    SubmitResult r = submitter.submit(c.serialize(bad), bad.hash(), BlockSubmitter.Via.BOTH);
    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.REJECTED);
    assertThat(r.detail()).isEqualTo("high-hash");
    assertThat(submitter.count(SubmitResult.Outcome.REJECTED)).isEqualTo(before + 1);
    // The daemon disconnects a local peer that relayed an invalid block; the link dials again.
    assertThat(link.awaitConnected(Duration.ofSeconds(15))).isTrue();
    assertThat(rpc.getBlockCount()).isPositive();
  }
}
