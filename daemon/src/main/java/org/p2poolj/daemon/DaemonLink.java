package org.p2poolj.daemon;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.InstantSource;
import java.util.Optional;
import java.util.random.RandomGenerator;
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
                        address,
                        config.params().p2pMagic(),
                        hash -> templates.refresh("p2p block " + hash),
                        clock,
                        random));
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
    // The P2P link first: litecoind refuses templates while it has no peer.
    p2p.ifPresent(DaemonP2pLink::start);
    templates.start();
    return link;
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
