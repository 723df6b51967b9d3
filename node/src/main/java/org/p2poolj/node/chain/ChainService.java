package org.p2poolj.node.chain;

import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tracker.AddResult;
import org.p2poolj.share.tracker.BadShare;
import org.p2poolj.share.tracker.ShareTracker;
import org.p2poolj.share.tracker.ThinkResult;
import org.p2poolj.store.ShareStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Owns the share tracker on one thread (the tracker is not thread-safe) and keeps the share store
 * in step with it: every share added is stored, every share the tracker verifies is marked
 * verified, and on start the stored chain is loaded back without verifying it again.
 *
 * <p>After every change the tracker runs {@code think()}; when the best share changes, listeners
 * are told (on the chain thread, so they must hand long work elsewhere).
 */
public final class ChainService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("chain");

  private final PoolNetwork net;
  private final ShareStore store;
  private final InstantSource clock;
  private final ShareTracker tracker;
  private final List<Consumer<Hash256>> bestListeners = new CopyOnWriteArrayList<>();
  private final List<Consumer<List<BadShare>>> badListeners = new CopyOnWriteArrayList<>();
  private final Set<Hash256> storedVerified = new HashSet<>();
  // Hashes this service put in (or loaded from) the store, so shares the tracker trims are
  // forgotten there too (the reference's forget_share), and the store does not grow for ever.
  private final Set<Hash256> inStore = new HashSet<>();
  private volatile ToIntFunction<Hash256> blockRelHeight = h -> 0;
  private volatile Function<Hash256, OptionalLong> blockHeight = h -> OptionalLong.empty();
  private final KnownTransactions knownTxs = new KnownTransactions();
  private volatile ThinkResult lastThink =
      new ThinkResult(null, List.of(), List.of(), false, List.of());
  private volatile Hash256 best;
  private volatile int size;
  private volatile ScheduledExecutorService executor;
  private volatile Thread chainThread;
  private volatile int minimumProtocolVersion;

  public ChainService(
      PoolNetwork net, ShareStore store, InstantSource clock, RandomGenerator random) {
    super("chain");
    this.net = net;
    this.store = store;
    this.clock = clock;
    this.tracker =
        new ShareTracker(
            net,
            random,
            new SubsidyCheck(net.parent().coin(), knownTxs, h -> blockHeight.apply(h)),
            knownTxs);
    this.minimumProtocolVersion = net.minimumProtocolVersion();
  }

  public PoolNetwork net() {
    return net;
  }

  /**
   * Sets how far back a block is from the coin's tip (0 for the tip, negative for older, about -1e9
   * for unknown), which {@code think()} uses to score chains.
   */
  public void setBlockRelHeight(ToIntFunction<Hash256> fn) {
    this.blockRelHeight = fn;
  }

  /**
   * Sets the main-chain height of a block (empty when unknown), for the v17-v33 excess-reward
   * check.
   */
  public void setBlockHeight(Function<Hash256, OptionalLong> fn) {
    this.blockHeight = fn;
  }

  /** Transactions heard of from the daemon and peers, for the v17-v33 punishments. */
  public KnownTransactions knownTransactions() {
    return knownTxs;
  }

  public void onBestChanged(Consumer<Hash256> listener) {
    bestListeners.add(listener);
  }

  /** Shares found invalid while thinking, with the peers that sent them (for bans). */
  public void onBadShares(Consumer<List<BadShare>> listener) {
    badListeners.add(listener);
  }

  @Override
  protected void doStart() {
    executor =
        Executors.newSingleThreadScheduledExecutor(
            r -> {
              Thread t = new Thread(r, "chain");
              t.setDaemon(true);
              chainThread = t;
              return t;
            });
    call(
        t -> {
          loadFromStore();
          return null;
        });
    // The reference re-thinks every 5 s (clean_tracker) so heads age out and downloads go on.
    executor.scheduleWithFixedDelay(this::periodic, 5, 5, TimeUnit.SECONDS);
  }

  @Override
  protected void doStop() {
    if (executor != null) {
      executor.shutdown();
      try {
        executor.awaitTermination(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    store.flush();
  }

  /** Runs {@code fn} on the chain thread with the tracker and waits for its result. */
  public <T> T call(Function<ShareTracker, T> fn) {
    // By identity, not name: several nodes may run in one JVM (tests), each with its own thread.
    if (Thread.currentThread() == chainThread) {
      return fn.apply(tracker);
    }
    Future<T> f = executor.submit(() -> fn.apply(tracker));
    try {
      return f.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted waiting for the chain thread", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The current best share, if the chain has a verified head. */
  public Optional<Hash256> best() {
    return Optional.ofNullable(best);
  }

  /** The result of the latest {@code think()}: desired downloads, bad shares. */
  public ThinkResult lastThink() {
    return lastThink;
  }

  /**
   * The tracker's protocol floor after the ratchet (spec 1.5), as of the latest {@code think()};
   * peers below it are refused.
   */
  public int minimumProtocolVersion() {
    return minimumProtocolVersion;
  }

  /** Number of shares the tracker holds. */
  public int size() {
    return size;
  }

  /**
   * Adds a share made by this node (already PoW-checked by the caller) and re-thinks; returns
   * whether it was new.
   */
  public boolean addLocal(LoadedShare share) {
    return call(
        t -> {
          AddResult r = t.add(share, null, now());
          if (r instanceof AddResult.Added) {
            persist(share, null);
            // Our own share is valid by construction; the reference adds it to verified at once.
            t.verifyChain(share.hash(), now());
            rethink();
            return true;
          }
          return false;
        });
  }

  /**
   * Adds shares from a peer and re-thinks once. Parsing and the PoW check (scrypt on Litecoin) run
   * in parallel on the caller's side; only the tracker look-ups and insertion run on the chain
   * thread. Shares the tracker already holds skip the PoW check: peers often send the same share.
   */
  public Received addReceived(List<RawShare> shares, String peer) {
    List<Prepared> loaded =
        shares.parallelStream()
            .map(
                raw -> {
                  try {
                    return (Prepared) new Prepared.Parsed(ShareLoader.load(raw, net, false));
                  } catch (VerificationException e) {
                    return new Prepared.Refused(new AddResult.Rejected(e.invalid()));
                  }
                })
            .toList();
    Set<Hash256> known =
        call(
            t -> {
              Set<Hash256> k = new HashSet<>();
              for (Prepared p : loaded) {
                if (p instanceof Prepared.Parsed(LoadedShare s) && t.contains(s.hash())) {
                  k.add(s.hash());
                }
              }
              return k;
            });
    List<Prepared> checked =
        loaded.parallelStream()
            .map(
                p -> {
                  if (p instanceof Prepared.Parsed(LoadedShare s) && !known.contains(s.hash())) {
                    try {
                      ShareLoader.requirePow(s);
                    } catch (VerificationException e) {
                      return new Prepared.Refused(new AddResult.Rejected(e.invalid()));
                    }
                  }
                  return p;
                })
            .toList();
    return call(
        t -> {
          List<Hash256> hashes = new ArrayList<>();
          List<Hash256> parsed = new ArrayList<>();
          List<AddResult.Rejected> rejected = new ArrayList<>();
          for (Prepared p : checked) {
            switch (p) {
              case Prepared.Refused(AddResult.Rejected rj) -> rejected.add(rj);
              case Prepared.Parsed(LoadedShare s) -> {
                parsed.add(s.hash());
                if (t.add(s, peer, now()) instanceof AddResult.Added) {
                  hashes.add(s.hash());
                  persist(s, peer);
                }
              }
            }
          }
          if (!hashes.isEmpty()) {
            rethink();
          }
          return new Received(hashes, parsed, rejected);
        });
  }

  /** A received share after the parallel stages: parsed (and PoW-checked) or refused. */
  private sealed interface Prepared {
    record Parsed(LoadedShare share) implements Prepared {}

    record Refused(AddResult.Rejected rejected) implements Prepared {}
  }

  /**
   * The outcome of {@link #addReceived}: the hashes of the new shares, of every share that parsed
   * (new or already known: the sender evidently has them), and the refused ones.
   */
  public record Received(
      List<Hash256> added, List<Hash256> parsed, List<AddResult.Rejected> rejected) {
    public Received {
      added = List.copyOf(added);
      parsed = List.copyOf(parsed);
      rejected = List.copyOf(rejected);
    }
  }

  private void periodic() {
    try {
      rethink();
      // clean_tracker keeps the best share and the top five heads of the last think().
      Set<Hash256> keep = new HashSet<>(lastThink.topHeads());
      if (best != null) {
        keep.add(best);
      }
      int removed = tracker.trim(now(), keep);
      if (removed > 0) {
        LOG.debug("trimmed {} shares", removed);
        size = tracker.size();
        forgetTrimmed();
      }
    } catch (RuntimeException e) {
      LOG.error("chain maintenance failed: {}", e.toString(), e);
    }
  }

  /** Runs the periodic maintenance (re-think, trim, store clean-up) now; for tests. */
  void maintainNow() {
    call(
        t -> {
          periodic();
          return null;
        });
  }

  private void forgetTrimmed() {
    List<Hash256> gone = new ArrayList<>();
    for (Hash256 h : inStore) {
      if (!tracker.contains(h)) {
        gone.add(h);
      }
    }
    if (!gone.isEmpty()) {
      gone.forEach(inStore::remove);
      gone.forEach(storedVerified::remove);
      store.remove(gone);
    }
  }

  private void rethink() {
    ThinkResult r = tracker.think(now(), blockRelHeight);
    lastThink = r;
    size = tracker.size();
    minimumProtocolVersion = tracker.minimumProtocolVersion();
    persistNewlyVerified();
    if (!r.bad().isEmpty()) {
      for (BadShare b : r.bad()) {
        LOG.warn(
            "invalid share {} from {}: {}",
            b.hash().toHex().substring(0, 16),
            b.peer() == null ? "local" : b.peer(),
            b.invalid());
      }
      badListeners.forEach(l -> l.accept(r.bad()));
    }
    Hash256 previous = best;
    best = r.best();
    if (best != null && !best.equals(previous)) {
      bestListeners.forEach(l -> l.accept(best));
    }
  }

  private void persist(LoadedShare s, String peer) {
    store.add(StoredShares.of(s, peer, clock.millis()));
    inStore.add(s.hash());
  }

  // Walks down from each verified head until a share already recorded as verified, so each share
  // is marked once and the walk per think() is only as long as what is new.
  private void persistNewlyVerified() {
    for (Hash256 head : tracker.verifiedHeads()) {
      for (LoadedShare s : tracker.chain(head, net.chainLength() * 2 + 10)) {
        if (!tracker.isVerified(s.hash()) || !storedVerified.add(s.hash())) {
          break;
        }
        store.markVerified(s.hash());
      }
    }
  }

  private void loadFromStore() {
    long started = System.nanoTime();
    int loaded = 0;
    int verified = 0;
    int bad = 0;
    List<Hash256> toMark = new ArrayList<>();
    for (var stored : store.loadAll()) {
      try {
        LoadedShare s =
            ShareLoader.load(new RawShare(stored.type(), stored.contents()), net, false);
        if (tracker.add(s, stored.peer(), now()) instanceof AddResult.Added) {
          loaded++;
          inStore.add(s.hash());
          if (stored.verified()) {
            toMark.add(s.hash());
          }
        }
      } catch (RuntimeException e) {
        // A stored share we can no longer parse is skipped, never fatal: the peers have it too.
        bad++;
      }
    }
    for (Hash256 h : toMark) {
      if (tracker.markVerified(h)) {
        verified++;
      }
      storedVerified.add(h);
    }
    rethink();
    LOG.info(
        "loaded {} shares from the store ({} verified, {} unreadable) in {} ms",
        loaded,
        verified,
        bad,
        (System.nanoTime() - started) / 1_000_000);
  }

  private long now() {
    return clock.millis() / 1000;
  }
}
