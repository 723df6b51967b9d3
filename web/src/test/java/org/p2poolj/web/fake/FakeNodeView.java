package org.p2poolj.web.fake;

import java.math.BigInteger;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.GraphHistory;
import org.p2poolj.web.graph.GraphRecorder;
import org.p2poolj.web.view.BanInfo;
import org.p2poolj.web.view.HealthStatus;
import org.p2poolj.web.view.LocalStats;
import org.p2poolj.web.view.NodeCounters;
import org.p2poolj.web.view.NodeInfo;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.PeerInfo;
import org.p2poolj.web.view.PoolStats;
import org.p2poolj.web.view.RecentBlock;
import org.p2poolj.web.view.ShareDetail;
import org.p2poolj.web.view.StaleRates;
import org.p2poolj.web.view.SyncStatus;
import org.p2poolj.web.view.WorkerStats;

/**
 * A plausible litecoin-testnet node for tests: three local miners, a 40-share chain, nine peers,
 * two found blocks and two days of graph history, all from a seeded generator relative to the given
 * clock. Immutable after construction except for {@link #setHeight}.
 */
public final class FakeNodeView implements NodeView {
  public static final String NODE_ADDRESS = "tltc1qnodeoperator0000000000000000000000xyz";
  public static final List<String> MINERS =
      List.of(
          NODE_ADDRESS,
          "mzAliceAddress1111111111111111111111",
          "QbobP2shAddress2222222222222222222");
  public static final int P2P_PORT = 19338;
  public static final double BLOCK_VALUE = 6.25;

  /** The share chain's max target is 2^228 (about 15 s of a 12 MH/s pool per share). */
  public static final double MIN_DIFFICULTY = 0xffff0000L / Math.pow(2, 36);

  private final Clock clock;
  private final NodeInfo info;
  private final List<ShareDetail> chain = new ArrayList<>();
  private final Map<Hash256, ShareDetail> byHash = new HashMap<>();
  private final Map<Hash256, byte[]> wire = new HashMap<>();
  private final List<PeerInfo> peers = new ArrayList<>();
  private final Map<String, Double> minerRates = new LinkedHashMap<>();
  private final GraphDatabase graphs = new GraphDatabase();
  private volatile long height = 1200;

  public FakeNodeView(Clock clock, long seed) {
    this.clock = clock;
    Random rnd = new Random(seed);
    Instant now = clock.instant();
    info =
        new NodeInfo(
            "p2poolj-0.1.0-test",
            3502,
            "tLTC",
            "litecoin_testnet",
            "https://explorer.example/block/",
            "https://explorer.example/address/",
            "https://explorer.example/tx/",
            0.5,
            1.0,
            P2P_PORT,
            now.minus(Duration.ofHours(26)));
    minerRates.put(MINERS.get(0) + ".rig1", 3.1e6);
    minerRates.put(MINERS.get(1), 1.45e6);
    minerRates.put(MINERS.get(2) + "_gpu", 0.52e6);
    buildChain(rnd, now);
    for (int i = 0; i < 9; i++) {
      peers.add(
          new PeerInfo(
              "127.0.0." + (10 + i),
              i % 3 == 0 ? 40000 + i : P2P_PORT,
              i < 3,
              i == 8 ? "p2pool/17.0-unknown" : "77.0.0-12-g5493200",
              i == 8 ? 3501 : 3502,
              i == 4 ? OptionalDouble.empty() : OptionalDouble.of(20 + rnd.nextInt(200)),
              100_000L * (i + 1),
              now.minus(Duration.ofMinutes(5L + 37L * i))));
    }
    fillGraphs(rnd, now.toEpochMilli() / 1000.0);
  }

  private void buildChain(Random rnd, Instant now) {
    List<Hash256> hashes = new ArrayList<>();
    for (int i = 0; i < 40; i++) {
      byte[] b = new byte[32];
      rnd.nextBytes(b);
      b[31] = 0;
      b[30] = 0;
      hashes.add(Hash256.wrap(b));
    }
    long t0 = now.getEpochSecond() - 40 * 15;
    BigInteger maxTarget = BigInteger.ONE.shiftLeft(228).subtract(BigInteger.ONE);
    for (int i = 0; i < hashes.size(); i++) {
      Hash256 h = hashes.get(i);
      Optional<Hash256> parent = i == 0 ? Optional.empty() : Optional.of(hashes.get(i - 1));
      List<Hash256> children = i + 1 < hashes.size() ? List.of(hashes.get(i + 1)) : List.of();
      byte[] prev = new byte[32];
      rnd.nextBytes(prev);
      ShareDetail.Data data =
          new ShareDetail.Data(
              t0 + 15L * i,
              maxTarget.shiftRight(rnd.nextInt(3)),
              maxTarget,
              MINERS.get(i % 3),
              1.0 / 65535 * 655,
              i % 11 == 5 ? Optional.of("orphan") : Optional.empty(),
              rnd.nextInt() & 0xffffffffL,
              35,
              500_000L + i,
              BigInteger.valueOf(1_000_000_000L).multiply(BigInteger.valueOf(i + 1)));
      ShareDetail.Block block =
          new ShareDetail.Block(
              h,
              new ShareDetail.Header(
                  0x20000000L,
                  Hash256.wrap(prev),
                  hashes.get((i + 7) % 40),
                  t0 + 15L * i,
                  BigInteger.ONE.shiftLeft(224),
                  rnd.nextInt() & 0xffffffffL),
              new ShareDetail.Gentx(
                  hashes.get((i + 3) % 40),
                  Optional.of("01000000010000"),
                  "03a0860100",
                  BLOCK_VALUE,
                  String.format("%016x", rnd.nextLong())),
              List.of(hashes.get((i + 5) % 40)));
      ShareDetail s =
          new ShareDetail(
              h,
              parent,
              i >= 10 ? Optional.of(hashes.get(i - 10)) : Optional.empty(),
              children,
              "PaddingBugfixShare",
              i > 2,
              t0 + 15.0 * i + 0.4,
              i % 2 == 0 ? Optional.of("127.0.0.10:19338") : Optional.empty(),
              data,
              block);
      chain.add(s);
      byHash.put(h, s);
      byte[] w = new byte[120 + i];
      rnd.nextBytes(w);
      wire.put(h, w);
    }
  }

  private void fillGraphs(Random rnd, double now) {
    GraphRecorder rec = new GraphRecorder(graphs);
    List<String> users = new ArrayList<>(minerRates.keySet());
    // Two days of pseudoshares, one per user every 6 s (four per last_hour bin), sized so the
    // rates match minerRates.
    for (double t = now - 2 * 86400; t <= now; t += 6) {
      for (String u : users) {
        double work = minerRates.get(u) * 6 * (0.8 + 0.4 * rnd.nextDouble());
        boolean dead = rnd.nextInt(50) == 0;
        rec.pseudoshare(t, work, dead, u);
      }
      if (((long) t) % 60 < 6) {
        double pool = 12.5e6 * (0.9 + 0.2 * rnd.nextDouble());
        graphs.add(
            "pool_rates",
            t,
            Map.of("good", pool * 0.95, "orphan", pool * 0.03, "doa", pool * 0.02));
        graphs.add("current_payout", t, 0.8 + 0.1 * rnd.nextDouble());
        graphs.add("peers", t, Map.of("incoming", 3.0, "outgoing", 6.0));
      }
    }
  }

  public Clock clock() {
    return clock;
  }

  public void setHeight(long height) {
    this.height = height;
  }

  public List<ShareDetail> chain() {
    return List.copyOf(chain);
  }

  @Override
  public NodeInfo info() {
    return info;
  }

  @Override
  public PoolStats pool() {
    Optional<Hash256> best =
        chain.isEmpty() ? Optional.empty() : Optional.of(chain.getLast().hash());
    return new PoolStats(
        height,
        best,
        12.1e6,
        0.047,
        12.6e6,
        MIN_DIFFICULTY,
        2.75,
        2.75 * 4294967296.0 / 150,
        BigInteger.ONE.shiftLeft(28),
        BigInteger.valueOf(11_811_160_064L),
        BLOCK_VALUE);
  }

  @Override
  public Optional<LocalStats> local() {
    if (height < 10) {
      return Optional.empty();
    }
    Map<String, Double> dead = new LinkedHashMap<>();
    minerRates.forEach((k, v) -> dead.put(k, v * 0.02));
    Map<String, Double> diffs = new LinkedHashMap<>();
    for (String m : MINERS) {
      diffs.put(m, MIN_DIFFICULTY * 2);
    }
    return Optional.of(
        new LocalStats(
            4.9e6,
            new LocalStats.ShareCounts(9, 1, 1),
            minerRates,
            dead,
            diffs,
            14,
            2,
            1,
            List.of(
                "A majority of recent shares vote for share version 36, which this node does not know")));
  }

  @Override
  public Map<String, Double> users() {
    Map<String, Double> m = new LinkedHashMap<>();
    m.put(MINERS.get(0), 0.21);
    m.put(MINERS.get(1), 0.12);
    m.put(MINERS.get(2), 0.05);
    m.put("tltc1qsomeoneelse000000000000000000000000abc", 0.61);
    return m;
  }

  @Override
  public Map<String, Double> userStales() {
    return Map.of(MINERS.get(0), 0.04, MINERS.get(1), 0.0, MINERS.get(2), 0.1);
  }

  @Override
  public Map<String, Double> currentPayouts() {
    Map<String, Double> m = new LinkedHashMap<>();
    users().forEach((k, v) -> m.put(k, Math.floor(v * BLOCK_VALUE * 1e8) / 1e8));
    m.put("tltc1qdonation0000000000000000000000000000", 0.0625);
    return m;
  }

  @Override
  public List<String> payoutAddresses() {
    return List.of(NODE_ADDRESS);
  }

  @Override
  public StaleRates staleRates() {
    return new StaleRates(12.0e6, 0.35e6, 0.25e6);
  }

  @Override
  public List<RecentBlock> recentBlocks() {
    ShareDetail a = chain.get(33);
    ShareDetail b = chain.get(12);
    return List.of(
        new RecentBlock(a.data().timestamp(), a.block().hash(), 3_120_456, a.hash()),
        new RecentBlock(b.data().timestamp(), b.block().hash(), 3_120_431, b.hash()));
  }

  @Override
  public List<PeerInfo> peers() {
    return List.copyOf(peers);
  }

  @Override
  public List<Hash256> heads() {
    return List.of(chain.getLast().hash());
  }

  @Override
  public List<Hash256> verifiedHeads() {
    return List.of(chain.getLast().hash());
  }

  @Override
  public List<Hash256> tails() {
    return List.of(chain.getFirst().hash());
  }

  @Override
  public List<Hash256> verifiedTails() {
    return List.of(chain.get(3).hash());
  }

  @Override
  public List<Hash256> myShareHashes() {
    List<Hash256> mine = new ArrayList<>();
    for (int i = chain.size() - 1; i >= 0; i--) {
      if (chain.get(i).data().payoutAddress().equals(NODE_ADDRESS)) {
        mine.add(chain.get(i).hash());
      }
    }
    return mine;
  }

  @Override
  public Optional<ShareDetail> share(Hash256 hash) {
    return Optional.ofNullable(byHash.get(hash));
  }

  @Override
  public Optional<byte[]> shareData(Hash256 hash) {
    byte[] w = wire.get(hash);
    return w == null ? Optional.empty() : Optional.of(w.clone());
  }

  @Override
  public List<WorkerStats> workers() {
    Instant now = clock.instant();
    List<WorkerStats> out = new ArrayList<>();
    int i = 0;
    for (Map.Entry<String, Double> e : minerRates.entrySet()) {
      out.add(
          new WorkerStats(
              e.getKey(),
              MINERS.get(i),
              e.getValue(),
              e.getValue() * 0.02,
              512.0 * (i + 1),
              1000L + 100 * i,
              3L + i,
              5L - i,
              1,
              now.minusSeconds(3L + i)));
      i++;
    }
    return out;
  }

  @Override
  public List<BanInfo> bans() {
    return List.of(new BanInfo("127.0.0.99", "INVALID_SHARE", clock.instant().plusSeconds(3600)));
  }

  @Override
  public SyncStatus sync() {
    return new SyncStatus(height, 8640, 0, 3_120_460, 3_120_460, false);
  }

  @Override
  public HealthStatus health() {
    return new HealthStatus(true, OptionalDouble.of(12.5), OptionalDouble.of(3.2), 3);
  }

  @Override
  public NodeCounters counters() {
    return new NodeCounters(14, 11, 2, 1, 2, 123_456);
  }

  @Override
  public GraphHistory graphs() {
    return graphs;
  }
}
