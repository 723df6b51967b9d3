package org.p2poolj.node.runtime;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.config.StoreConfig;
import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.store.InMemoryNodeMetadata;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.store.NodeMetadata;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteStore;
import org.p2poolj.store.stats.InMemoryStatsHistory;
import org.p2poolj.store.stats.RetentionPolicy;
import org.p2poolj.store.stats.StatsHistory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens the share store (SQLite or memory) on start, after the datadir lock, and closes it last.
 * {@link #shares()} can be handed out before the start (the chain service is built at wiring time);
 * it forwards to the store once open.
 */
public final class StoreService extends AbstractService {
  private static final Logger LOG = LoggerFactory.getLogger("store");

  private final StoreConfig config;
  private final Clock clock;
  private final ShareStore forwarding = new Forwarding();
  private volatile SqliteStore sqlite;
  private volatile ShareStore shares;
  private volatile StatsHistory stats;
  private volatile NodeMetadata metadata;

  public StoreService(StoreConfig config, Clock clock) {
    super("store");
    this.config = config;
    this.clock = clock;
  }

  @Override
  protected void doStart() {
    if (config.backend().equals("memory")) {
      shares = new InMemoryShareStore();
      stats = new InMemoryStatsHistory(RetentionPolicy.DEFAULT);
      metadata = new InMemoryNodeMetadata();
      LOG.info("share store in memory (forgotten on exit)");
      return;
    }
    SqliteStore s = SqliteStore.open(config.filePath(), clock, RetentionPolicy.DEFAULT);
    s.recovery().ifPresent(r -> LOG.warn("share store was unreadable and was replaced: {}", r));
    sqlite = s;
    shares = s.shares();
    stats = s.stats();
    metadata = s.metadata();
    LOG.info("share store {} holds {} shares", config.file(), shares.count());
  }

  @Override
  protected void doStop() {
    if (sqlite != null) {
      sqlite.close();
    } else if (shares != null) {
      shares.close();
    }
  }

  /** The share store; usable once this service is running. */
  public ShareStore shares() {
    return forwarding;
  }

  /** Stats history for the web graphs; null before start. */
  public StatsHistory stats() {
    return stats;
  }

  /** Small key/value metadata (best share at shutdown, graph state); null before start. */
  public NodeMetadata metadata() {
    return metadata;
  }

  private ShareStore open() {
    ShareStore s = shares;
    if (s == null) {
      throw new IllegalStateException("the share store is not open yet");
    }
    return s;
  }

  private final class Forwarding implements ShareStore {
    @Override
    public void add(StoredShare share) {
      open().add(share);
    }

    @Override
    public void addAll(Collection<StoredShare> batch) {
      open().addAll(batch);
    }

    @Override
    public void markVerified(Hash256 hash) {
      open().markVerified(hash);
    }

    @Override
    public void remove(Collection<Hash256> hashes) {
      open().remove(hashes);
    }

    @Override
    public List<StoredShare> loadAll() {
      return open().loadAll();
    }

    @Override
    public int count() {
      return open().count();
    }

    @Override
    public Optional<byte[]> get(Hash256 hash) {
      return open().get(hash);
    }

    @Override
    public void flush() {
      open().flush();
    }

    @Override
    public void close() {
      // The service owns the real store and closes it on stop.
    }
  }
}
