package org.p2poolj.daemon.block;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import java.util.Random;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcClient;

/**
 * What the block ITs submit through: a regtest pair, an RPC client on its pool node, a connected
 * daemon P2P link to it, and a submitter over both. Closing it stops all of them.
 */
final class SubmitRig implements AutoCloseable {
  final RegtestPair pair;
  final RpcClient client;
  final DaemonRpc rpc;
  final DaemonP2pLink link;
  final BlockSubmitter submitter;

  private SubmitRig(RegtestPair pair, RpcClient client, DaemonP2pLink link) {
    this.pair = pair;
    this.client = client;
    this.rpc = new DaemonRpc(client);
    this.link = link;
    this.submitter = new BlockSubmitter(rpc, Optional.of(link));
  }

  /** Takes ownership of {@code pair}: it is closed here if the rest fails to start. */
  static SubmitRig start(RegtestPair pair, long linkSeed) throws InterruptedException {
    RpcClient client = null;
    DaemonP2pLink link = null;
    try {
      client = new RpcClient(pair.pool().rpcConfig());
      link =
          new DaemonP2pLink(
              new InetSocketAddress("127.0.0.1", pair.pool().p2pPort()),
              ChainParams.LITECOIN_REGTEST.p2pMagic(),
              hash -> {},
              Clock.systemUTC(),
              new Random(linkSeed));
      link.start();
      assertThat(link.awaitConnected(Duration.ofSeconds(10))).isTrue();
      return new SubmitRig(pair, client, link);
    } catch (Throwable e) {
      closeAll(link, client, pair);
      throw e;
    }
  }

  @Override
  public void close() {
    closeAll(link, client, pair);
  }

  private static void closeAll(DaemonP2pLink link, RpcClient client, RegtestPair pair) {
    if (link != null) {
      link.close();
    }
    if (client != null) {
      client.close();
    }
    pair.close();
  }
}
