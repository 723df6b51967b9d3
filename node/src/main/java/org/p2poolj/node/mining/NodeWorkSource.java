package org.p2poolj.node.mining;

import java.math.BigInteger;
import java.time.InstantSource;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.block.Difficulty;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.template.BlockTemplate;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.share.Payee;
import org.p2poolj.share.SegwitData;
import org.p2poolj.share.ShareData;
import org.p2poolj.share.ShareKind;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.Targets;
import org.p2poolj.share.gentx.Generated;
import org.p2poolj.share.gentx.ShareFactory;
import org.p2poolj.share.gentx.ShareTemplate;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.WorkChange;
import org.p2poolj.stratum.job.WorkRequest;
import org.p2poolj.stratum.job.WorkSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's {@link WorkSource}: the next share's gentx on top of the best share, from the latest
 * daemon template. Every new template and every new best share is a {@link WorkChange}; it is a new
 * block when the template's previous block changed. Generation runs on the chain thread, which owns
 * the tracker (and the generator's caches).
 */
public final class NodeWorkSource implements WorkSource {
  private static final Logger LOG = LoggerFactory.getLogger("mining");
  private static final long MIN_BLOCK_VERSION = 0x20000000L;

  /** JT: a node aims at no more than 1.67% of the pool's shares. */
  private static final double LOCAL_SHARE_FRACTION = 0.0167;

  private final ChainService chain;
  private final PoolNetwork net;
  private final ShareFactory factory;
  private final MiningPolicy policy;
  private final LocalShares local;
  private final InstantSource clock;
  private final RandomGenerator random;
  private final DoubleSupplier localHashrate;
  private final List<Consumer<WorkChange>> listeners = new CopyOnWriteArrayList<>();
  private volatile BlockTemplate template;
  private volatile boolean warnedOldKind;

  public NodeWorkSource(
      ChainService chain,
      MiningPolicy policy,
      LocalShares local,
      InstantSource clock,
      RandomGenerator random,
      DoubleSupplier localHashrate) {
    this.chain = chain;
    this.net = chain.net();
    this.factory = new ShareFactory(net);
    this.policy = policy;
    this.local = local;
    this.clock = clock;
    this.random = random;
    this.localHashrate = localHashrate;
  }

  /** A new daemon template (from the template source's subscription). */
  public void onTemplate(BlockTemplate t) {
    BlockTemplate previous = template;
    template = t;
    boolean newBlock =
        previous == null || !previous.previousBlockHash().equals(t.previousBlockHash());
    publish(new WorkChange(newBlock));
  }

  /** A new best share (from the chain's listener). */
  public void onBestShare(Hash256 best) {
    publish(new WorkChange(false));
  }

  public Optional<BlockTemplate> template() {
    return Optional.ofNullable(template);
  }

  private void publish(WorkChange change) {
    for (Consumer<WorkChange> l : listeners) {
      l.accept(change);
    }
  }

  @Override
  public AutoCloseable subscribe(Consumer<WorkChange> listener) {
    listeners.add(listener);
    return () -> listeners.remove(listener);
  }

  @Override
  public Optional<JobSpec> build(WorkRequest request) {
    BlockTemplate t = template;
    if (t == null) {
      return Optional.empty();
    }
    try {
      return chain.call(tracker -> buildOn(tracker, t, request));
    } catch (RuntimeException e) {
      // The stratum broadcaster would drop the exception silently; no job is better than none
      // logged.
      LOG.error("cannot build work for {}: {}", request.payoutAddress(), e.toString(), e);
      return Optional.empty();
    }
  }

  private Optional<JobSpec> buildOn(ShareTracker tracker, BlockTemplate t, WorkRequest request) {
    Hash256 bestHash = chain.best().orElse(null);
    LoadedShare best = bestHash == null ? null : tracker.get(bestHash);
    ShareKind kind = ShareKinds.next(tracker, best, net);
    if (!kind.hasAddressPayee()) {
      if (!warnedOldKind) {
        warnedOldKind = true;
        LOG.warn("the best share is v{}; this node only mines v34 and v35 shares", kind.version());
      }
      return Optional.empty();
    }
    String address = payoutFor(request.payoutAddress());
    int staleInfo = local.staleInfo(tracker, best == null ? null : best.hash(), net.chainLength());
    ShareData data =
        new ShareData(
            best == null ? null : best.hash(),
            WorkMath.coinbaseScript(t.height(), policy.coinbaseText()),
            random.nextLong() & 0xffffffffL,
            new Payee.Address(address),
            t.coinbaseValue(),
            WorkMath.donation(policy.donationPercent()),
            staleInfo,
            ShareKinds.vote(kind));
    SegwitData segwit = net.segwitActive(kind) ? WorkMath.segwitData(t.transactions()) : null;
    long version = Math.max(t.version(), MIN_BLOCK_VERSION);
    ShareTemplate st =
        new ShareTemplate(
            kind,
            data,
            version,
            t.previousBlockHash(),
            t.bits(),
            (clock.millis() + 500) / 1000,
            desiredTarget(request),
            0,
            segwit);
    Generated g = factory.generate(tracker, st);
    byte[] gentx = g.strippedGentx();
    List<Hash256> branch = segwit == null ? List.of() : segwit.txidMerkleBranch();
    return Optional.of(
        new JobSpec(
            t.previousBlockHash(),
            WorkMath.coinb1(gentx),
            WorkMath.coinb2(gentx),
            branch,
            version,
            t.bits(),
            Math.max(t.curTime(), t.minTime()),
            Targets.decode(g.shareInfo().bits()),
            Targets.decode(t.bits()),
            new JobContext(st, g, t, data.previousShareHash(), address)));
  }

  // The worker fee: with probability fee% a share pays the operator (JT get_work).
  private String payoutFor(String minerAddress) {
    if (policy.feePercent() > 0 && random.nextDouble() * 100 < policy.feePercent()) {
      return policy.nodeAddress();
    }
    return minerAddress;
  }

  private BigInteger desiredTarget(WorkRequest request) {
    if (request.desiredShareTarget() != null) {
      return request.desiredShareTarget();
    }
    double rate = localHashrate.getAsDouble();
    if (rate > 0 && Double.isFinite(rate)) {
      return Difficulty.averageAttemptsToTarget(rate * net.sharePeriod() / LOCAL_SHARE_FRACTION)
          .min(net.maxTarget());
    }
    return net.maxTarget();
  }
}
