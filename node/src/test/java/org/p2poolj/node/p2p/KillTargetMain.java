package org.p2poolj.node.p2p;

import java.nio.file.Path;
import java.time.InstantSource;
import java.util.List;
import org.p2poolj.node.chain.ChainFixtures;

/**
 * The child process of {@link NodeKillIT}: a node on a SQLite store in {@code args[0]}, connected
 * to the parent's node on port {@code args[1]}, mining its own shares too. Every new best share is
 * printed as {@code best <hex>} once the chain thread has handed its verified mark to the store;
 * the parent kills this process with SIGKILL and checks those shares survived.
 */
public final class KillTargetMain {
  private KillTargetMain() {}

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    int parentPort = Integer.parseInt(args[1]);
    long start = Long.parseLong(args[2]);
    TestNode node =
        TestNode.start(
            "child", ChainFixtures.net(), dir, InstantSource.system(), List.of(parentPort), 31);
    node.chain()
        .onBestChanged(
            h -> {
              System.out.println("best " + h.toHex());
              System.out.flush();
            });
    System.out.println("ready");
    System.out.flush();
    try (TestMiner miner =
        new TestMiner(
            "child",
            node.chain(),
            node.p2p(),
            ChainFixtures.generator(ChainFixtures.net(), 32, start),
            150,
            false)) {
      Thread.sleep(600_000); // until killed
    }
  }
}
