package org.p2poolj.node.mining;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.tx.Transaction;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.daemon.template.TemplateTx;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.address.PayoutScripts;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;

/** Job making on an empty chain from a hand-made template, without a daemon. */
class NodeWorkSourceTest {
  private static final ChainParams PARAMS = ChainParams.byName("litecoin-regtest");
  private static final String MINER = "rltc1qwu8drekw69nlwr3tpdy3cd5u0dz4vkzgu5sz60";
  private static final String NODE =
      PayoutScripts.pubkeyHashToAddress(new byte[20], PARAMS.p2pkhVersion());

  private ChainService chain;

  @BeforeEach
  void start() throws Exception {
    chain =
        new ChainService(
            PoolNetworks.byName("litecoin-regtest"),
            new InMemoryShareStore(),
            InstantSource.system(),
            new SplittableRandom(1));
    chain.start();
  }

  @AfterEach
  void stop() {
    chain.stop();
  }

  private static BlockTemplate template(Hash256 prev, int txCount) {
    SplittableRandom r = new SplittableRandom(prev.hashCode());
    List<TemplateTx> txs = new ArrayList<>();
    for (int i = 0; i < txCount; i++) {
      byte[] a = new byte[32];
      byte[] b = new byte[32];
      r.nextBytes(a);
      r.nextBytes(b);
      txs.add(new TemplateTx(new byte[] {1}, Hash256.wrap(a), Hash256.wrap(b), List.of(), 0, 0, 4));
    }
    return new BlockTemplate(
        0x20000000L,
        prev,
        txs,
        2_500_000_000L,
        "",
        BigInteger.ONE.shiftLeft(255),
        1000,
        1234,
        0x207fffffL,
        600,
        1_000_000,
        4_000_000,
        80_000,
        List.of("segwit"),
        Optional.empty(),
        Optional.empty(),
        new byte[0]);
  }

  private NodeWorkSource source(double feePercent) {
    return new NodeWorkSource(
        chain,
        new MiningPolicy(NODE, feePercent, 1.0, "p2poolj-test"),
        new LocalShares(),
        InstantSource.system(),
        new SplittableRandom(7),
        () -> 0);
  }

  @Test
  void noTemplateNoWork() {
    assertThat(source(0).build(new WorkRequest(MINER, null))).isEmpty();
  }

  @Test
  void aFirstShareJobPaysTheMinerAndSplitsTheGentxAroundItsNonce() {
    NodeWorkSource work = source(0);
    List<WorkChange> changes = new ArrayList<>();
    work.subscribe(changes::add);
    work.onTemplate(template(Hash256.ZERO, 3));
    JobSpec job = work.build(new WorkRequest(MINER, null)).orElseThrow();

    JobContext ctx = (JobContext) job.context();
    assertThat(ctx.template().kind()).isEqualTo(ShareKind.V35);
    assertThat(ctx.previousShare()).isNull();
    assertThat(ctx.payoutAddress()).isEqualTo(MINER);
    assertThat(ctx.template().shareData().desiredVersion()).isEqualTo(35);
    assertThat(ctx.template().shareData().donation()).isEqualTo(655);
    assertThat(ctx.template().shareData().subsidy()).isEqualTo(2_500_000_000L);

    byte[] gentx = ctx.generated().strippedGentx();
    assertThat(job.coinbase(new byte[8])).isEqualTo(gentx); // the placeholder nonce is zero
    Transaction tx = Transaction.parse(job.coinbase(new byte[] {1, 2, 3, 4, 5, 6, 7, 8}));
    assertThat(tx.inputs().getFirst().scriptSig()).startsWith(0x02, 0x58, 0x02); // height 600
    var outs = tx.outputs();
    assertThat(HexFormat.of().formatHex(outs.getFirst().script())).startsWith("6a24aa21a9ed");
    String refScript = HexFormat.of().formatHex(outs.getLast().script());
    assertThat(refScript).startsWith("6a28").endsWith("0102030405060708");
    byte[] minerScript = Address.parse(MINER, PARAMS).script();
    assertThat(outs).anySatisfy(o -> assertThat(o.script()).isEqualTo(minerScript));
    // Three transactions: the branch of the coinbase over four leaves has two steps.
    assertThat(job.merkleBranch()).hasSize(2);
    assertThat(job.version()).isEqualTo(0x20000000L);
    assertThat(job.ntime()).isEqualTo(1234);
    assertThat(job.blockTarget()).isEqualTo(PplnsOracle.bitsToTarget(0x207fffffL));
    assertThat(job.shareTarget()).isLessThanOrEqualTo(chain.net().maxTarget());
    assertThat(changes).containsExactly(new WorkChange(true));
  }

  @Test
  void aNewBlockIsACleanChangeAndTheSameTipIsNot() {
    NodeWorkSource work = source(0);
    List<WorkChange> changes = new ArrayList<>();
    work.subscribe(changes::add);
    Hash256 tip = Hash256.fromBigInteger(BigInteger.TEN);
    work.onTemplate(template(tip, 0));
    work.onTemplate(template(tip, 2));
    work.onTemplate(template(Hash256.fromBigInteger(BigInteger.TWO), 0));
    work.onBestShare(Hash256.ZERO);
    assertThat(changes)
        .containsExactly(
            new WorkChange(true),
            new WorkChange(false),
            new WorkChange(true),
            new WorkChange(false));
  }

  @Test
  void aUsernameDifficultyIsUsedAndAFullFeePaysTheNode() {
    NodeWorkSource work = source(100);
    work.onTemplate(template(Hash256.ZERO, 0));
    BigInteger hard = chain.net().maxTarget().shiftRight(3);
    JobSpec job = work.build(new WorkRequest(MINER, hard)).orElseThrow();
    assertThat(((JobContext) job.context()).payoutAddress()).isEqualTo(NODE);
    // Within [pre3/30, pre3]: the username's target survives the clip (as compact bits).
    assertThat(job.shareTarget()).isLessThanOrEqualTo(hard).isGreaterThan(hard.shiftRight(1));
  }
}
