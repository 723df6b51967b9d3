package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;

/**
 * Crossing MWEB activation with blocks built by our code: the first MWEB block (height 432, with
 * the peg-in the harness put in the mempool at 431) through submitblock, then a block after
 * activation with a fresh peg-in through the P2P link.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class MwebBlockIT {
  private static SubmitRig rig;

  @BeforeAll
  static void start() throws Exception {
    rig = SubmitRig.start(RegtestPair.start(RegtestPair.Mode.MWEB_PENDING, java.util.List.of()), 9);
  }

  @AfterAll
  static void stop() {
    if (rig != null) {
      rig.close();
    }
  }

  @Test
  @Order(1)
  void firstMwebBlockWithPegInIsOurs() throws Exception {
    assertThat(rig.rpc.getBlockCount()).isEqualTo(RegtestPair.LAST_PRE_MWEB_HEIGHT);
    String witnessTx = rig.pair.send("bech32", 2.0);
    BlockTemplate t = RegtestBlocks.templateWith(rig.rpc, witnessTx);
    assertThat(t.height()).isEqualTo(RegtestPair.LAST_PRE_MWEB_HEIGHT + 1);
    assertThat(t.hasMweb()).isTrue();
    TemplateTx hogEx = t.transactions().getLast();
    assertThat(hogEx.isHogEx()).isTrue();
    assertThat(hogEx.depends()).isNotEmpty(); // the peg-in

    BlockCandidate c =
        BlockAssembler.assemble(t, RegtestBlocks.payouts(rig.pair, t.coinbaseValue()));
    assertThat(c.coinbase().outputs().getLast().script())
        .isEqualTo(t.defaultWitnessCommitment().orElseThrow());
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.RPC);

    assertThat(r.outcome()).isEqualTo(SubmitResult.Outcome.ACCEPTED);
    RegtestBlocks.assertStoredAsBuilt(rig.rpc, block, c, solved.hash());
    assertThat(rig.rpc.getBlockchainInfo().softforks()).containsEntry("mweb", true);
    assertThat(rig.client.call("getblockheader", solved.hash().toHex()).has("mweb_header"))
        .isTrue();
  }

  @Test
  @Order(2)
  void blockAfterActivationWithNewPegInGoesThroughP2p() throws Exception {
    // More than the wallet holds in MWEB (the change of the first peg-in went there), so the
    // wallet must peg canonical coins in: a canonical transaction the HogEx spends.
    rig.pair.pegIn(30.0);
    String plain = rig.pair.send("bech32", 0.4);
    BlockTemplate t =
        RegtestBlocks.templateMatching(
            rig.rpc,
            x ->
                !x.transactions().getLast().depends().isEmpty()
                    && x.transactions().stream().anyMatch(tx -> tx.txid().toHex().equals(plain)));
    assertThat(t.hasMweb()).isTrue();
    TemplateTx hogEx = t.transactions().getLast();
    assertThat(hogEx.depends()).as("HogEx spends a peg-in").isNotEmpty();
    String pegIn = t.transactions().get(hogEx.depends().getFirst()).txid().toHex();
    assertThat(pegIn).isNotEqualTo(plain);
    // Want only the plain spend left out: the peg-in must stay because the HogEx spends it.
    Selection s =
        TxSelector.select(t, SelectionLimits.DEFAULT, tx -> !tx.txid().toHex().equals(plain));
    assertThat(s.transactions()).extracting(tx -> tx.txid().toHex()).contains(pegIn);
    assertThat(s.transactions()).extracting(tx -> tx.txid().toHex()).doesNotContain(plain);
    assertThat(s.transactions().getLast().isHogEx()).isTrue();
    BlockCandidate c =
        BlockAssembler.assemble(
            t, s, RegtestBlocks.payouts(rig.pair, t.coinbaseValue() - s.leftOutFees()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.P2P);

    assertThat(r.sentP2p()).isTrue();
    RegtestBlocks.awaitTip(rig.rpc, solved.hash());
    RegtestBlocks.assertStoredAsBuilt(rig.rpc, block, c, solved.hash());
    assertThat(rig.client.call("getrawmempool").toString()).contains(plain);
  }

  @Test
  @Order(3)
  void emptyMwebBlockThroughBothPaths() throws Exception {
    BlockTemplate t = RegtestBlocks.template(rig.rpc);
    Selection s = TxSelector.select(t, SelectionLimits.DEFAULT, tx -> false);
    assertThat(s.transactions()).singleElement().matches(TemplateTx::isHogEx);
    BlockCandidate c =
        BlockAssembler.assemble(
            t, s, RegtestBlocks.payouts(rig.pair, t.coinbaseValue() - s.leftOutFees()));
    BlockHeader solved = RegtestBlocks.solve(c, t);
    byte[] block = c.serialize(solved);

    SubmitResult r = rig.submitter.submit(block, solved.hash(), BlockSubmitter.Via.BOTH);

    assertThat(r.accepted()).as(r.toString()).isTrue();
    RegtestBlocks.awaitTip(rig.rpc, solved.hash());
    RegtestBlocks.assertStoredAsBuilt(rig.rpc, block, c, solved.hash());
  }
}
