package org.p2poolj.stratum.miner;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.math.BigInteger;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.job.JobSpec;
import org.p2poolj.stratum.job.NotifyDecoder;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.json.StratumJson;

/**
 * The miner's protocol side: one connection, a reader thread that turns subscribe, configure,
 * notify and set_difficulty into the current {@link MinerWork}, and the submit bookkeeping.
 */
final class MinerSession implements AutoCloseable {
  private static final long CONFIGURE_ID = 1;
  private static final long SUBSCRIBE_ID = 2;
  private static final long AUTHORIZE_ID = 3;

  private final MinerConfig config;
  private final AtomicLong ids = new AtomicLong(100);
  private final Map<Long, FoundShare> pending = new ConcurrentHashMap<>();
  private final List<FoundShare> answered = new ArrayList<>();
  private final AtomicLong accepted = new AtomicLong();
  private final AtomicLong rejected = new AtomicLong();
  private final CountDownLatch ended = new CountDownLatch(1);
  private Socket socket;
  private OutputStream out;
  private volatile MinerWork work;
  private volatile String failure;
  private byte[] extranonce1;
  private int extranonce2Size;
  private long versionMask;
  private BigInteger target;
  private String jobId;
  private JobSpec job;

  MinerSession(MinerConfig config) {
    this.config = config;
    this.target = config.units().fromStratum(1);
  }

  void open() throws IOException {
    socket = new Socket();
    socket.connect(new InetSocketAddress(config.host(), config.port()), 10_000);
    socket.setTcpNoDelay(true);
    out = socket.getOutputStream();
    Thread.ofVirtual().name("miner-read").start(this::readLoop);
    if (config.versionRolling()) {
      send(
          CONFIGURE_ID,
          "mining.configure",
          List.of("version-rolling"),
          Map.of("version-rolling.mask", "ffffffff", "version-rolling.min-bit-count", 2));
    }
    send(SUBSCRIBE_ID, "mining.subscribe", "p2poolj-cpuminer/0.1");
    send(AUTHORIZE_ID, "mining.authorize", config.username(), config.password());
  }

  MinerWork work() {
    return work;
  }

  String failure() {
    return failure;
  }

  boolean isEnded() {
    return ended.getCount() == 0;
  }

  CountDownLatch endedLatch() {
    return ended;
  }

  long accepted() {
    return accepted.get();
  }

  long rejected() {
    return rejected.get();
  }

  synchronized List<FoundShare> shares() {
    List<FoundShare> all = new ArrayList<>(answered);
    all.addAll(pending.values());
    return all;
  }

  void submit(
      MinerWork w, byte[] xn2, long ntime, long nonce, String vb, byte[] header, Hash256 h) {
    long id = ids.incrementAndGet();
    String xn2Hex = Hex.encode(xn2);
    FoundShare f =
        new FoundShare(
            w.jobId(),
            xn2Hex,
            StratumHex.u32(ntime),
            StratumHex.u32(nonce),
            vb,
            header,
            h,
            null,
            null);
    pending.put(id, f);
    List<Object> params =
        new ArrayList<>(Arrays.asList(config.username(), w.jobId(), xn2Hex, f.ntime(), f.nonce()));
    if (vb != null) {
      params.add(vb);
    }
    send(id, "mining.submit", params.toArray());
  }

  private void send(long id, String method, Object... params) {
    String line =
        "{\"id\":"
            + id
            + ",\"method\":\""
            + method
            + "\",\"params\":"
            + StratumJson.mapper().valueToTree(Arrays.asList(params))
            + "}\n";
    try {
      synchronized (this) {
        out.write(line.getBytes(StandardCharsets.UTF_8));
        out.flush();
      }
    } catch (IOException e) {
      end("write failed: " + e.getMessage());
    }
  }

  private void readLoop() {
    try (BufferedReader in =
        new BufferedReader(
            new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = in.readLine()) != null) {
        handle(StratumJson.mapper().readTree(line));
      }
      end("connection closed by the pool");
    } catch (IOException | RuntimeException e) {
      end("connection lost: " + e);
    }
  }

  private synchronized void handle(JsonNode msg) {
    JsonNode method = msg.get("method");
    if (method != null && method.isTextual()) {
      JsonNode p = msg.path("params");
      switch (method.asText()) {
        case "mining.set_difficulty" -> {
          target = config.units().fromStratum(p.path(0).asDouble());
          refreshWork();
        }
        case "mining.notify" -> onNotify(p);
        default -> {
          // client.reconnect, client.show_message and the like: not needed here.
        }
      }
      return;
    }
    long id = msg.path("id").asLong(-1);
    boolean ok = msg.path("error").isNull() && !msg.path("result").isNull();
    if (id == SUBSCRIBE_ID) {
      JsonNode r = msg.path("result");
      extranonce1 = Hex.decode(r.path(1).asText());
      extranonce2Size = r.path(2).asInt();
      refreshWork();
    } else if (id == CONFIGURE_ID) {
      JsonNode r = msg.path("result");
      if (r.path("version-rolling").asBoolean(false)) {
        versionMask = Long.parseLong(r.path("version-rolling.mask").asText("0"), 16);
      }
    } else if (id == AUTHORIZE_ID && !(ok && msg.path("result").asBoolean(false))) {
      end("authorization refused: " + msg.path("error"));
    } else {
      FoundShare f = pending.remove(id);
      if (f != null) {
        (ok ? accepted : rejected).incrementAndGet();
        Integer code = ok ? null : msg.path("error").path(0).asInt();
        answered.add(f.answered(ok, code));
      }
    }
  }

  private void onNotify(JsonNode p) {
    jobId = p.path(0).asText();
    job = NotifyDecoder.decode(p);
    refreshWork();
  }

  private void refreshWork() {
    if (extranonce1 != null && job != null) {
      work = new MinerWork(jobId, job, extranonce1, extranonce2Size, versionMask, target);
    }
  }

  private void end(String why) {
    if (ended.getCount() > 0) {
      failure = why;
      ended.countDown();
    }
  }

  /** Ends the session without recording a failure. */
  @Override
  public void close() {
    ended.countDown();
    try {
      if (socket != null) {
        socket.close();
      }
    } catch (IOException e) {
      // Closing anyway.
    }
  }
}
