package org.p2poolj.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.InstantSource;
import java.util.Optional;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.daemon.block.BlockSubmitter;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcClient;
import org.p2poolj.daemon.template.BlockNotifyEndpoint;
import org.p2poolj.daemon.template.TemplateSource;

/**
 * The whole daemon link wired together, as the node uses it: RPC client, P2P link and blocknotify
 * endpoint both triggering the template source, and the block submitter. Starts the parts in
 * dependency order and stops them in reverse; {@link #close()} is idempotent.
 */
public final class DaemonLink implements AutoCloseable {
  private static final Duration P2P_WAIT = Duration.ofSeconds(3);

  private final RpcClient client;
  private final DaemonRpc rpc;
  private final TemplateSource templates;
  private final Optional<DaemonP2pLink> p2p;
  private final Optional<BlockNotifyEndpoint> blockNotify;
  private final BlockSubmitter submitter;

  private DaemonLink(
      RpcClient client,
      TemplateSource templates,
      Optional<DaemonP2pLink> p2p,
      Optional<BlockNotifyEndpoint> blockNotify) {
    this.client = client;
    this.rpc = new DaemonRpc(client);
    this.templates = templates;
    this.p2p = p2p;
    this.blockNotify = blockNotify;
    this.submitter = new BlockSubmitter(rpc, p2p);
  }

  public static DaemonLink start(
      DaemonLinkConfig config, InstantSource clock, RandomGenerator random) {
    RpcClient client = new RpcClient(config.rpc());
    TemplateSource templates = new TemplateSource(new DaemonRpc(client), config.templates(), clock);
    Optional<DaemonP2pLink> p2p =
        config
            .p2p()
            .map(
                address ->
                    new DaemonP2pLink(
                        address, config.params().p2pMagic(), refresher(templates), clock, random));
    Optional<BlockNotifyEndpoint> notify = Optional.empty();
    try {
      if (config.blockNotifyPort().isPresent()) {
        notify =
            Optional.of(
                BlockNotifyEndpoint.start(
                    config.blockNotifyPort().getAsInt(),
                    hash -> templates.refresh("blocknotify " + hash)));
      }
    } catch (IOException e) {
      templates.close();
      client.close();
      throw new UncheckedIOException("cannot open the blocknotify endpoint", e);
    }
    DaemonLink link = new DaemonLink(client, templates, p2p, notify);
    // The P2P link first: litecoind refuses templates while it has no peer. The wait is bounded;
    // without the link the template source simply retries.
    p2p.ifPresent(DaemonP2pLink::start);
    for (DaemonP2pLink l : p2p.stream().toList()) {
      try {
        l.awaitConnected(P2P_WAIT);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    templates.start();
    return link;
  }

  /** New blocks and (re)connections both call for a fresh template. */
  private static DaemonP2pLink.Listener refresher(TemplateSource templates) {
    return new DaemonP2pLink.Listener() {
      @Override
      public void onBlockAnnounced(Hash256 blockHash) {
        templates.refresh("p2p block " + blockHash);
      }

      @Override
      public void onConnected() {
        templates.refresh("p2p link (re)connected");
      }
    };
  }

  public DaemonRpc rpc() {
    return rpc;
  }

  public TemplateSource templates() {
    return templates;
  }

  public Optional<DaemonP2pLink> p2p() {
    return p2p;
  }

  public Optional<BlockNotifyEndpoint> blockNotify() {
    return blockNotify;
  }

  public BlockSubmitter submitter() {
    return submitter;
  }

  @Override
  public void close() {
    blockNotify.ifPresent(BlockNotifyEndpoint::close);
    templates.close();
    p2p.ifPresent(DaemonP2pLink::close);
    client.close();
  }
}
