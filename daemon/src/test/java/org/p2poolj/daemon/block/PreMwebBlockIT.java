package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

/** Blocks built entirely by our code on a Litecoin regtest chain with MWEB off. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PreMwebBlockIT {
  private static SubmitRig rig;

  @BeforeAll
  static void start() throws Exception {
    rig = SubmitRig.start(RegtestPair.mwebOff(), 7);
  }

  @AfterAll
  static void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @Order(1)
  void ourBlockWithChosenWitnessTxsIsAcceptedBySubmitblock() throws Exception {
    String keep1 = rig.pair.send("bech32", 1.0);
    String keep2 = rig.pair.send("legacy", 0.7);
    String drop = rig.pair.send("p2sh-segwit", 0.3);
    BlockTemplate t = RegtestBlocks.templateWith(rig.rpc, keep1, keep2, drop);
    assertThat(t.hasMweb()).isFalse();
    assertThat(t.transactions()).anyMatch(TemplateTx::hasWitness);
    Selection s =
        TxSelector.select(t, SelectionLimits.DEFAULT, tx -> !tx.txid().toHex().equals(drop));
    assertThat(s.transactions()).extracting(tx -> tx.txid().toHex()).contains(keep1, keep2);
    BlockCandidate c =
        BlockAssembler.assemble(
            t, s, RegtestBlocks.payouts(rig.pair, t.coinbaseValue() - s.leftOutFees()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.RPC);

    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.ACCEPTED);
    assertThat(rig.rpc.getBestBlockHash()).isEqualTo(solved.hash().toHex());
    RegtestBlocks.assertStoredAsBuilt(rig.rpc, block, c, solved.hash());
    assertThat(rig.client.call("getrawmempool").toString()).contains(drop);
  }

  @Test
  @Order(2)
  void ourBlockIsAcceptedThroughTheP2pLink() throws Exception {
    String txid = rig.pair.send("bech32", 0.25);
    BlockTemplate t = RegtestBlocks.templateWith(rig.rpc, txid);
    BlockCandidate c =
        BlockAssembler.assemble(t, RegtestBlocks.payouts(rig.pair, t.coinbaseValue()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.P2P);

    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.SENT_P2P_ONLY);
    RegtestBlocks.awaitTip(rig.rpc, solved.hash());
    RegtestBlocks.assertStoredAsBuilt(rig.rpc, block, c, solved.hash());
    // The same block again through submitblock: the daemon already has it.
    assertThat(rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.RPC).outcome())
        .isEqualTo(SubmitResult.Outcome.DUPLICATE);
  }

  /** Last: litecoind drops a peer that relays an invalid block, so the link has to reconnect. */
  @Test
  @Order(3)
  void aBlockFailingProofOfWorkIsRejectedWithTheDaemonsReason() throws Exception {
    BlockTemplate t = RegtestBlocks.template(rig.rpc);
    BlockCandidate c =
        BlockAssembler.assemble(t, RegtestBlocks.payouts(rig.pair, t.coinbaseValue()));
    BlockHeader bad = c.header();
    for (long n = 0; n < 1000; n++) {
      bad = c.header().withNonce(n);
      if (PowFunction.SCRYPT.powHash(bad.serialize()).toBigInteger().compareTo(t.target()) > 0) {
        break;
      }
    }
    long before = rig.submitter.count(SubmitResult.Outcome.REJECTED);
    SubmitResult r = rig.submitter.submit(c.serialize(bad), bad.hash(), BlockSubmitter.Via.BOTH);
    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.REJECTED);
    assertThat(r.detail()).isEqualTo("high-hash");
    assertThat(rig.submitter.count(SubmitResult.Outcome.REJECTED)).isEqualTo(before + 1);
    // The daemon disconnects a local peer that relayed an invalid block; the link dials again.
    assertThat(rig.link.awaitConnected(Duration.ofSeconds(15))).isTrue();
    assertThat(rig.rpc.getBlockCount()).isPositive();
  }
}
