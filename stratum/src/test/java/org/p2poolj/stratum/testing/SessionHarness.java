package org.p2poolj.stratum.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.p2poolj.stratum.job.JobRegistry;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.Outgoing;
import org.p2poolj.stratum.json.StratumJson;
import org.p2poolj.stratum.session.ExtranonceAllocator;
import org.p2poolj.stratum.session.Session;
import org.p2poolj.stratum.session.SessionContext;
import org.p2poolj.stratum.session.SessionProtocol;
import org.p2poolj.stratum.session.SessionSettings;
import org.p2poolj.stratum.stats.WorkerStatsBook;
import org.p2poolj.stratum.submit.SubmitProcessor;
import org.p2poolj.stratum.username.AddressValidator;
import org.p2poolj.stratum.username.InvalidAddressPolicy;
import org.p2poolj.stratum.username.PayoutResolver;
import org.p2poolj.stratum.vardiff.DifficultyUnits;
import org.p2poolj.stratum.vardiff.VardiffConfig;

/**
 * One session driven by raw JSON lines, with no socket: a manual clock, the nonce-controlled fake
 * PoW, and a job list the test publishes to.
 */
public final class SessionHarness {
  /** Addresses starting with {@code Q} or {@code rltc1} are valid in these tests. */
  public static final AddressValidator VALIDATOR =
      a ->
          a.startsWith("Q") || a.startsWith("rltc1")
              ? Optional.empty()
              : Optional.of("not a litecoin-regtest address");

  public static final String NODE_ADDRESS = "QnodeOperatorAddress";

  public final AtomicLong clock = new AtomicLong(1_000_000);
  public final RecordingSink sink = new RecordingSink();
  public final JobRegistry registry = new JobRegistry(300_000, 1000);
  public final WorkerStatsBook stats = new WorkerStatsBook();
  public final SessionContext context;
  public final SessionProtocol protocol = SessionProtocol.standard();
  public final Session session;
  private volatile StratumJob current;
  private int nextJob;

  public SessionHarness() {
    this(defaultSettings(), InvalidAddressPolicy.REFUSE);
  }

  public SessionHarness(SessionSettings settings, InvalidAddressPolicy policy) {
    this.context =
        new SessionContext(
            settings,
            clock::get,
            new ExtranonceAllocator(settings.extranonce1Size(), 0x01020304L),
            new PayoutResolver(VALIDATOR, policy, NODE_ADDRESS, "litecoin-regtest"),
            req -> Optional.ofNullable(current),
            new SubmitProcessor(registry, new NoncePow(), sink),
            stats);
    this.session = new Session(1, "test", settings, clock.get());
  }

  /**
   * Scrypt units, vardiff from 2^200 (hardest) to 2^255 (easiest) starting at 2^250, 3 s per
   * pseudoshare.
   */
  public static SessionSettings defaultSettings() {
    VardiffConfig v =
        new VardiffConfig(
            3.0,
            12,
            BigInteger.ONE.shiftLeft(200),
            BigInteger.ONE.shiftLeft(255),
            BigInteger.ONE.shiftLeft(250),
            10_000);
    return SessionSettings.defaults(DifficultyUnits.SCRYPT, v);
  }

  /** Publishes a job (share target 2^240, block target 2^232) and returns it. */
  public StratumJob publish(boolean newBlock) {
    return publish(
        TestJobs.spec(nextJob, BigInteger.ONE.shiftLeft(240), BigInteger.ONE.shiftLeft(232)),
        newBlock);
  }

  public StratumJob publish(JobSpec spec, boolean newBlock) {
    if (newBlock) {
      registry.newBlock();
    }
    StratumJob job =
        StratumJob.create(
            "j" + (++nextJob), spec, newBlock, registry.blockGeneration(), clock.get());
    registry.register(job, clock.get());
    current = job;
    return job;
  }

  /** Feeds one raw line and returns what the session would send. */
  public List<Outgoing> send(String line) {
    session.lock().lock();
    try {
      return protocol.onLine(line, session, context);
    } finally {
      session.lock().unlock();
    }
  }

  /** The sent messages as JSON trees; a close becomes {@code {"close": reason}}. */
  public static List<JsonNode> json(List<Outgoing> out) {
    List<JsonNode> nodes = new ArrayList<>();
    for (Outgoing o : out) {
      try {
        nodes.add(
            o instanceof Outgoing.Close c
                ? StratumJson.mapper().createObjectNode().put("close", c.reason().name())
                : StratumJson.mapper().readTree(StratumJson.encode(o)));
      } catch (Exception e) {
        throw new AssertionError("unparsable line from " + o, e);
      }
    }
    return nodes;
  }

  /** Subscribes, authorizes {@code user} and returns the messages of the authorize. */
  public List<JsonNode> subscribeAndAuthorize(String user) {
    send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"test/1.0\"]}");
    return json(
        send("{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"" + user + "\",\"x\"]}"));
  }
}
