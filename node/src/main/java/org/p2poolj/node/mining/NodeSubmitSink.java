package org.p2poolj.node.mining;

import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.Sha256d;
import org.p2poolj.daemon.block.BlockSubmitter;
import org.p2poolj.daemon.block.SubmitResult;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.node.runtime.BlockFound;
import org.p2poolj.node.runtime.NodeEvents;
import org.p2poolj.share.Share;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.gentx.ShareFactory;
import org.p2poolj.share.gentx.ShareTemplate;
import org.p2poolj.stratum.submit.Submission;
import org.p2poolj.stratum.submit.SubmitSink;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The node's {@link SubmitSink}: a block solution is assembled from the job and submitted at once
 * (RPC and the daemon's P2P port); a share is rebuilt from the job context, the header and the
 * miner's extranonce, added to the chain and announced through {@link NodeEvents}.
 */
public final class NodeSubmitSink implements SubmitSink {
  private static final Logger LOG = LoggerFactory.getLogger("mining");

  private final ChainService chain;
  private final ShareFactory factory;
  private final BlockSubmitter submitter;
  private final NodeEvents events;
  private final LocalShares local;
  private final MiningStats stats;

  public NodeSubmitSink(
      ChainService chain,
      BlockSubmitter submitter,
      NodeEvents events,
      LocalShares local,
      MiningStats stats) {
    this.chain = chain;
    this.factory = new ShareFactory(chain.net());
    this.submitter = submitter;
    this.events = events;
    this.local = local;
    this.stats = stats;
  }

  @Override
  public void onBlock(Submission s) {
    JobContext job = (JobContext) s.job().spec().context();
    Hash256 blockHash = s.header().hash();
    BlockFound found;
    try {
      byte[] block =
          BlockBuilder.build(job.block(), s.header(), s.coinbase(), job.generated().segwit());
      SubmitResult r = submitter.submit(block, blockHash, BlockSubmitter.Via.BOTH);
      found =
          new BlockFound(
              blockHash,
              job.block().height(),
              s.meetsShare() ? Optional.of(blockHash) : Optional.empty(),
              job.payoutAddress(),
              r.accepted(),
              r.accepted() ? Optional.empty() : Optional.of(r.outcome() + " " + r.detail()));
    } catch (RuntimeException e) {
      LOG.error("block {} could not be assembled: {}", blockHash, e.toString(), e);
      found =
          new BlockFound(
              blockHash,
              job.block().height(),
              Optional.empty(),
              job.payoutAddress(),
              false,
              Optional.of(e.toString()));
    }
    LOG.info(
        "BLOCK FOUND at height {}: {} by {} ({})",
        found.height(),
        blockHash,
        s.worker().statsKey(),
        found.accepted() ? "accepted" : "NOT accepted: " + found.rejectReason().orElse(""));
    stats.block(found);
    events.fireBlockFound(found);
  }

  @Override
  public void onShare(Submission s) {
    JobContext job = (JobContext) s.job().spec().context();
    ShareTemplate t = job.template();
    ShareTemplate withNonce =
        new ShareTemplate(
            t.kind(),
            t.shareData(),
            t.blockVersion(),
            t.previousBlock(),
            t.blockBits(),
            t.desiredTimestamp(),
            t.desiredTarget(),
            s.lastTxoutNonce(),
            t.segwitData());
    Share share = factory.assemble(job.generated(), withNonce, s.header());
    LoadedShare loaded = ShareLoader.load(share, chain.net(), false);
    Hash256 minerGentx = Sha256d.hash256(s.coinbase());
    if (!loaded.gentxHash().equals(minerGentx) || !loaded.powValid()) {
      // Cannot happen unless job making and share assembly disagree; never add such a share.
      stats.shareRefused();
      LOG.error(
          "share {} does not rebuild (gentx {} vs miner's {}, pow ok {}); dropped",
          loaded.hash(),
          loaded.gentxHash(),
          minerGentx,
          loaded.powValid());
      return;
    }
    boolean doa = !java.util.Objects.equals(chain.best().orElse(null), job.previousShare());
    local.add(loaded.hash(), doa);
    boolean added = chain.addLocal(loaded);
    stats.share(doa);
    LOG.info(
        "share found: {} v{} height {} by {} paying {}{}{}",
        loaded.hash().toHex().substring(0, 16),
        loaded.kind().version(),
        loaded.absheight(),
        s.worker().statsKey(),
        job.payoutAddress(),
        doa ? " (dead on arrival)" : "",
        added ? "" : " (already known)");
    if (added) {
      events.fireShareFound(loaded);
    }
  }

  @Override
  public void onPseudoshare(Submission s) {
    stats.pseudoshare();
  }
}
