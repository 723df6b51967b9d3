package org.p2poolj.daemon.regtest;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.DaemonRpcException;

/**
 * Two connected litecoind regtest nodes: {@link #pool()} is the daemon the pool talks to (it holds
 * the wallet), {@link #other()} is a second miner whose blocks reach the pool's daemon over P2P.
 * Litecoin Core refuses getblocktemplate without a peer, hence the pair.
 */
public final class RegtestPair implements AutoCloseable {
  /** Where the chain is left after start-up. */
  public enum Mode {
    /** MWEB deployment disabled ({@code -vbparams=mweb:-2:0:0:0}); 110 blocks mined. */
    MWEB_OFF,
    /** Height 431 with an MWEB peg-in in the mempool: the next block is the first MWEB block. */
    MWEB_PENDING,
    /** MWEB active: the first MWEB block (432) mined by the daemon itself. */
    MWEB_ACTIVE
  }

  /** Height before the first MWEB block on a default regtest chain. */
  public static final int LAST_PRE_MWEB_HEIGHT = 431;

  private static final String WALLET = "pool";

  private final Mode mode;
  private final LitecoindProcess pool;
  private final LitecoindProcess other;
  private final String minerAddress;

  private RegtestPair(Mode mode, LitecoindProcess pool, LitecoindProcess other, String address) {
    this.mode = mode;
    this.pool = pool;
    this.other = other;
    this.minerAddress = address;
  }

  public static RegtestPair mwebOff() {
    return start(Mode.MWEB_OFF, List.of());
  }

  public static RegtestPair crossMweb() {
    return start(Mode.MWEB_ACTIVE, List.of());
  }

  /**
   * Starts the pair and mines the first blocks.
   *
   * @param poolExtraArgs further flags for the pool's daemon only (e.g. {@code -blocknotify})
   */
  public static RegtestPair start(Mode mode, List<String> poolExtraArgs) {
    List<String> common =
        mode == Mode.MWEB_OFF ? List.of("-vbparams=mweb:-2:0:0:0") : List.<String>of();
    List<String> poolArgs = new ArrayList<>(common);
    poolArgs.addAll(poolExtraArgs);
    NodeSpec.Credentials creds =
        new NodeSpec.Credentials("p2poolj", UUID.randomUUID().toString().replace("-", ""));
    LitecoindProcess pool =
        LitecoindProcess.startOnFreePorts(
            "p2poolj-ltc-pool-", Optional.of(creds), OptionalInt.empty(), poolArgs);
    LitecoindProcess other = null;
    try {
      other =
          LitecoindProcess.startOnFreePorts(
              "p2poolj-ltc-other-", Optional.of(creds), OptionalInt.of(pool.p2pPort()), common);
      RegtestPair pair = new RegtestPair(mode, pool, other, setUpWallet(pool.rpc()));
      pair.mineFirstBlocks();
      return pair;
    } catch (RuntimeException | DaemonRpcException e) {
      String tail = pool.debugLogTail(30);
      if (other != null) {
        other.close();
      }
      pool.close();
      throw new IllegalStateException(
          "regtest pair set-up failed: " + e.getMessage() + "\n--- pool debug.log ---\n" + tail, e);
    }
  }

  private static String setUpWallet(DaemonRpc rpc) throws DaemonRpcException {
    rpc.client().call("createwallet", WALLET);
    return rpc.client().call("getnewaddress", "", "bech32").asText();
  }

  private void mineFirstBlocks() throws DaemonRpcException {
    waitForPeers();
    switch (mode) {
      case MWEB_OFF -> generate(110);
      case MWEB_PENDING -> preparePegIn();
      case MWEB_ACTIVE -> {
        preparePegIn();
        generate(1);
      }
    }
  }

  private void preparePegIn() throws DaemonRpcException {
    int batch = 100;
    long height = pool.rpc().getBlockCount();
    while (height < LAST_PRE_MWEB_HEIGHT) {
      generate((int) Math.min(batch, LAST_PRE_MWEB_HEIGHT - height));
      height = pool.rpc().getBlockCount();
    }
    pegIn(1.0);
  }

  private void waitForPeers() throws DaemonRpcException {
    for (int i = 0; i < 200; i++) {
      if (pool.rpc().getNetworkInfo().connections() > 0) {
        return;
      }
      LitecoindProcess.sleep(50);
    }
    throw pool.failure("the two regtest nodes did not connect within 10 s");
  }

  public Mode mode() {
    return mode;
  }

  /** The daemon the pool talks to. */
  public LitecoindProcess pool() {
    return pool;
  }

  /** The second node, an independent miner. */
  public LitecoindProcess other() {
    return other;
  }

  /** An address of the pool node's wallet. */
  public String minerAddress() {
    return minerAddress;
  }

  /** Mines {@code n} blocks on the pool's daemon and waits until the other node has them. */
  public List<String> generate(int n) throws DaemonRpcException {
    List<String> hashes = generateOn(pool, n);
    waitForHeight(other, pool.rpc().getBlockCount());
    return hashes;
  }

  /** Mines {@code n} blocks on the other node (the pool's daemon learns them over P2P). */
  public List<String> generateOnOther(int n) throws DaemonRpcException {
    return generateOn(other, n);
  }

  private List<String> generateOn(LitecoindProcess node, int n) throws DaemonRpcException {
    JsonNode hashes = node.rpc().client().call("generatetoaddress", n, minerAddress);
    List<String> out = new ArrayList<>();
    hashes.forEach(h -> out.add(h.asText()));
    return out;
  }

  /** Waits (at most 10 s) until {@code node} reaches {@code height}. */
  public void waitForHeight(LitecoindProcess node, long height) throws DaemonRpcException {
    for (int i = 0; i < 200; i++) {
      if (node.rpc().getBlockCount() >= height) {
        return;
      }
      LitecoindProcess.sleep(50);
    }
    throw node.failure("node did not reach height " + height + " within 10 s");
  }

  /** Sends coins from the pool wallet to a new address of {@code type}; returns the txid. */
  public String send(String addressType, double amount) throws DaemonRpcException {
    String to = pool.rpc().client().call("getnewaddress", "", addressType).asText();
    return pool.rpc().client().call("sendtoaddress", to, amount).asText();
  }

  /** Pegs coins into MWEB (a wallet send to a new {@code tmweb} address); returns the txid. */
  public String pegIn(double amount) throws DaemonRpcException {
    return send("mweb", amount);
  }

  @Override
  public void close() {
    try {
      other.close();
    } finally {
      pool.close();
    }
  }
}
