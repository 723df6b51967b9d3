package org.p2poolj.store;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.p2poolj.coin.hash.Hash256;

/**
 * Durable storage of shares as raw bytes keyed by hash, plus a verified flag, so the node restarts
 * without downloading or verifying again what it already had.
 *
 * <p>Writes may be asynchronous: they are applied in call order and become durable shortly after
 * (the SQLite store commits at least every few hundred milliseconds). Reads always see every
 * earlier write made through the same store. Adding a hash that is already stored keeps the first
 * copy (its position, first-seen time and peer) and only ever raises its verified flag.
 */
public interface ShareStore extends AutoCloseable {

  /** Stores one share (see the class note on duplicates). */
  void add(StoredShare share);

  /** Stores several shares in order, as one batch where the implementation can. */
  void addAll(Collection<StoredShare> shares);

  /** Records that a stored share is verified; a hash that is not stored is ignored. */
  void markVerified(Hash256 hash);

  /** Forgets these shares; hashes that are not stored are ignored. */
  void remove(Collection<Hash256> hashes);

  /** Every stored share in insertion order, with its verified flag. */
  List<StoredShare> loadAll();

  /** How many shares are stored. */
  int count();

  /** The {@code share_type} wire bytes of one share (VarInt type then VarStr contents). */
  Optional<byte[]> get(Hash256 hash);

  /** Makes every earlier write durable before returning (no-op for in-memory stores). */
  void flush();

  /** Writes what is pending and releases the store; idempotent. */
  @Override
  void close();
}
