package org.p2poolj.daemon.template;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.coin.tx.TxOut;
import org.p2poolj.daemon.DaemonLink;
import org.p2poolj.daemon.DaemonLinkConfig;
import org.p2poolj.daemon.block.BlockAssembler;
import org.p2poolj.daemon.block.BlockCandidate;
import org.p2poolj.daemon.block.BlockSubmitter;
import org.p2poolj.daemon.block.CoinbaseRequest;
import org.p2poolj.daemon.block.NonceSearch;
import org.p2poolj.daemon.block.SubmitResult;
import org.p2poolj.daemon.p2p.DaemonP2pLink;
import org.p2poolj.daemon.regtest.RegtestPair;
import org.p2poolj.daemon.rpc.DaemonRpc;
import org.p2poolj.daemon.rpc.RpcClient;

/**
 * New blocks mined by the other regtest node must reach template subscribers within a second,
 * through each push path alone, with the plain poll interval set to an hour.
 */
class TemplateSourceIT {
  private static final Duration NO_POLL = Duration.ofHours(1);

  /**
   * With polling an hour apart, any arrival well inside this proves the push path worked. The
   * latency itself (tens of ms) is a figure for the benchmark, not a bound for a loaded CI machine.
   */
  private static final long PUSHED_WITHIN_MILLIS = 5_000;

  private static final byte[] MAGIC = Hex.decode("fabfb5da");

  private static final AtomicReference<Runnable> onNotify = new AtomicReference<>(() -> {});
  private static BlockNotifyEndpoint endpoint;
  private static RegtestPair pair;
  private static RpcClient client;

  @BeforeAll
  static void start() throws Exception {
    endpoint = BlockNotifyEndpoint.start(0, hash -> onNotify.get().run());
    pair =
        RegtestPair.start(
            RegtestPair.Mode.MWEB_OFF, List.of("-blocknotify=" + endpoint.blockNotifyCommand()));
    client = new RpcClient(pair.pool().rpcConfig());
  }

  @AfterAll
  static void stop() {
    if (client != null) {
      client.close();
    }
    if (pair != null) {
      pair.close();
    }
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private static TemplateSource source(boolean longPoll) {
    return new TemplateSource(
        new DaemonRpc(client),
        TemplateSourceConfig.defaults(TemplateSourceConfig.LITECOIN_RULES)
            .withPollInterval(NO_POLL)
            .withLongPoll(longPoll),
        Clock.systemUTC());
  }

  /** Mines one block on the other node; returns ms until a template on top of it arrived. */
  private static long millisUntilTemplateOnNewBlock(TemplateSource source) throws Exception {
    LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
    AutoCloseable sub = source.subscribe(got::add);
    try {
      BlockTemplate first = got.poll(10, TimeUnit.SECONDS);
      assertThat(first).as("initial template").isNotNull();
      got.clear();
      long start = System.nanoTime();
      Hash256 mined = Hash256.fromHex(pair.generateOnOther(1).getFirst());
      while (System.nanoTime() - start < TimeUnit.SECONDS.toNanos(15)) {
        BlockTemplate t = got.poll(100, TimeUnit.MILLISECONDS);
        if (t != null && t.previousBlockHash().equals(mined)) {
          assertThat(t.height()).isEqualTo(first.height() + 1);
          return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
        }
      }
      return Long.MAX_VALUE;
    } finally {
      sub.close();
    }
  }

  @Test
  void daemonP2pAnnouncementAloneIsFast() throws Exception {
    try (TemplateSource source = source(false);
        DaemonP2pLink link =
            new DaemonP2pLink(
                new InetSocketAddress("127.0.0.1", pair.pool().p2pPort()),
                MAGIC,
                hash -> source.refresh("p2p " + hash),
                Clock.systemUTC(),
                new Random(1))) {
      link.start();
      assertThat(link.awaitConnected(Duration.ofSeconds(10))).isTrue();
      source.start();
      long ms = millisUntilTemplateOnNewBlock(source);
      System.out.println("P2P announcement -> template: " + ms + " ms");
      assertThat(ms).isLessThan(PUSHED_WITHIN_MILLIS);
      assertThat(link.announcements()).isGreaterThanOrEqualTo(1);
    }
  }

  @Test
  void blockNotifyAloneIsFast() throws Exception {
    try (TemplateSource source = source(false)) {
      onNotify.set(() -> source.refresh("blocknotify"));
      try {
        source.start();
        long notifiedBefore = endpoint.notifications();
        long ms = millisUntilTemplateOnNewBlock(source);
        System.out.println("blocknotify -> template: " + ms + " ms");
        assertThat(ms).isLessThan(PUSHED_WITHIN_MILLIS);
        assertThat(endpoint.notifications()).isGreaterThan(notifiedBefore);
      } finally {
        onNotify.set(() -> {});
      }
    }
  }

  @Test
  void longPollAloneIsFast() throws Exception {
    try (TemplateSource source = source(true)) {
      source.start();
      long ms = millisUntilTemplateOnNewBlock(source);
      System.out.println("long-poll -> template: " + ms + " ms");
      assertThat(ms).isLessThan(PUSHED_WITHIN_MILLIS);
    }
  }

  @Test
  void aMempoolChangeIsPublishedAsANewTemplateOnRefresh() throws Exception {
    try (TemplateSource source = source(false)) {
      source.start();
      LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
      AutoCloseable sub = source.subscribe(got::add);
      try {
        assertThat(got.poll(10, TimeUnit.SECONDS)).isNotNull();
        String txid = pair.send("bech32", 0.5);
        // The daemon rebuilds its cached template only 5 s after a mempool change.
        BlockTemplate t = null;
        for (int i = 0; i < 12 && t == null; i++) {
          source.refresh("test");
          t = got.poll(1, TimeUnit.SECONDS);
        }
        assertThat(t).isNotNull();
        assertThat(t.transactions()).anyMatch(tx -> tx.txid().toHex().equals(txid));
        // Same work again: no duplicate publication.
        long published = source.published();
        source.refresh("test again");
        assertThat(got.poll(1, TimeUnit.SECONDS)).isNull();
        assertThat(source.published()).isEqualTo(published);
      } finally {
        sub.close();
      }
    }
  }

  @Test
  void theWiredDaemonLinkPublishesTemplatesAndSubmitsBlocks() throws Exception {
    DaemonLinkConfig config =
        DaemonLinkConfig.local(
            ChainParams.LITECOIN_REGTEST, pair.pool().rpcConfig(), pair.pool().p2pPort());
    try (DaemonLink link = DaemonLink.start(config, Clock.systemUTC(), new Random(5))) {
      LinkedBlockingQueue<BlockTemplate> got = new LinkedBlockingQueue<>();
      link.templates().subscribe(got::add);
      BlockTemplate t = got.poll(10, TimeUnit.SECONDS);
      assertThat(t).isNotNull();
      assertThat(link.p2p().orElseThrow().awaitConnected(Duration.ofSeconds(10))).isTrue();
      byte[] script = Address.parse(pair.minerAddress(), ChainParams.LITECOIN_REGTEST).script();
      BlockCandidate c =
          BlockAssembler.assemble(
              t,
              new CoinbaseRequest(
                  List.of(new TxOut(t.coinbaseValue(), script)), new byte[] {1, 2, 3}));
      BlockHeader solved =
          NonceSearch.solve(c.header(), PowFunction.SCRYPT, t.target(), 10_000).orElseThrow();
      SubmitResult r =
          link.submitter().submit(c.serialize(solved), solved.hash(), BlockSubmitter.Via.BOTH);
      assertThat(r.accepted()).as(r.toString()).isTrue();
      assertThat(r.sentP2p()).isTrue();
      // Our own block comes back as a new tip: the next template builds on it.
      BlockTemplate next = null;
      for (int i = 0;
          i < 50 && (next == null || !next.previousBlockHash().equals(solved.hash()));
          i++) {
        next = got.poll(100, TimeUnit.MILLISECONDS);
      }
      assertThat(next).isNotNull();
      assertThat(next.previousBlockHash()).isEqualTo(solved.hash());
    }
  }
}
