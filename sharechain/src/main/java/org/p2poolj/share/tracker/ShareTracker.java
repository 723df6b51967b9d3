package org.p2poolj.share.tracker;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;
import java.util.random.RandomGenerator;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.gentx.ChainView;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.pplns.PplnsCalculator;
import org.p2poolj.share.pplns.PplnsWeights;
import org.p2poolj.share.pplns.ShareNav;
import org.p2poolj.share.verify.BlockFit;
import org.p2poolj.share.verify.CheckOutcome;
import org.p2poolj.share.verify.FeeCheck;
import org.p2poolj.share.verify.KnownTxSizes;
import org.p2poolj.share.verify.ShareChecker;

/**
 * JT's {@code OkayTracker}: all known shares, the verified subset, and the choice of the best
 * share. Not thread-safe; the node drives it from one thread. Tail hashes of genesis-rooted chains
 * are reported as {@link Hash256#ZERO} (p2pool's None).
 */
public final class ShareTracker implements ChainView, ShareNav {
  private final PoolNetwork net;
  private final RandomGenerator random;
  final Forest forest = new Forest();
  private final ShareChecker checker;
  private final PplnsCalculator pplns;
  private int minimumProtocolVersion;
  private final KnownTxSizes knownTxs;

  public ShareTracker(PoolNetwork net, RandomGenerator random) {
    this(net, random, FeeCheck.NONE);
  }

  /** With the node's fee/height oracle for JT's v17-v33 excess-reward ("naughty") check. */
  public ShareTracker(PoolNetwork net, RandomGenerator random, FeeCheck feeCheck) {
    this(net, random, feeCheck, KnownTxSizes.NONE);
  }

  /**
   * With the node's knowledge for JT's two v17-v33 punishments: the fee/height oracle for the
   * excess-reward ("naughty") check, and known transaction sizes for the block-size rule.
   */
  public ShareTracker(
      PoolNetwork net, RandomGenerator random, FeeCheck feeCheck, KnownTxSizes knownTxs) {
    this.net = net;
    this.knownTxs = knownTxs;
    this.random = random;
    this.checker = new ShareChecker(net, feeCheck);
    this.pplns = new PplnsCalculator(this);
    this.minimumProtocolVersion = net.minimumProtocolVersion();
  }

  public PoolNetwork net() {
    return net;
  }

  public ShareChecker checker() {
    return checker;
  }

  /** The current protocol floor after the ratchet (spec §1.5). */
  public int minimumProtocolVersion() {
    return minimumProtocolVersion;
  }

  /** Loads a wire share (with PoW check) and adds it; receipt failures come back as Rejected. */
  public AddResult add(RawShare raw, String peer, long nowSeconds) {
    LoadedShare s;
    try {
      s = ShareLoader.load(raw, net, false);
      if (forest.items.containsKey(s.hash())) {
        // the hash is cheap, the PoW (scrypt) is not: skip it for shares we already have
        return AddResult.DUPLICATE;
      }
      ShareLoader.requirePow(s);
    } catch (VerificationException e) {
      return new AddResult.Rejected(e.invalid());
    }
    return add(s, peer, nowSeconds);
  }

  /** Adds a share already loaded (its PoW must have been checked by the caller). */
  public AddResult add(LoadedShare share, String peer, long nowSeconds) {
    if (forest.items.containsKey(share.hash())) {
      return AddResult.DUPLICATE;
    }
    forest.add(share, nowSeconds, peer);
    return AddResult.ADDED;
  }

  public boolean contains(Hash256 hash) {
    return forest.items.containsKey(hash);
  }

  @Override
  public LoadedShare get(Hash256 hash) {
    Node n = hash == null ? null : forest.items.get(hash);
    return n == null ? null : n.share;
  }

  public int size() {
    return forest.items.size();
  }

  public String peerOf(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null ? null : n.peer;
  }

  public Set<Hash256> heads() {
    return hashes(forest.heads);
  }

  public Set<Hash256> verifiedHeads() {
    return hashes(forest.verifiedHeads);
  }

  public boolean isVerified(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n != null && n.verified;
  }

  public int verifiedCount() {
    int c = 0;
    for (Node n : forest.items.values()) {
      c += n.verified ? 1 : 0;
    }
    return c;
  }

  /** Tail hash (first missing ancestor, ZERO for genesis) to the heads above it. */
  public Map<Hash256, Set<Hash256>> tails() {
    Map<Hash256, Set<Hash256>> out = new LinkedHashMap<>();
    for (Node h : forest.heads) {
      Hash256 last = forest.root(h).share.previousHash();
      out.computeIfAbsent(last == null ? Hash256.ZERO : last, k -> new LinkedHashSet<>())
          .add(h.share.hash());
    }
    return out;
  }

  /** Verified tails: the parent hash of each verified run's lowest share, to its heads. */
  public Map<Hash256, Set<Hash256>> verifiedTails() {
    Map<Hash256, Set<Hash256>> out = new LinkedHashMap<>();
    for (Node h : forest.verifiedHeads) {
      out.computeIfAbsent(verifiedTail(h), k -> new LinkedHashSet<>()).add(h.share.hash());
    }
    return out;
  }

  Hash256 verifiedTail(Node h) {
    Hash256 t = forest.verifiedRoot(h).share.previousHash();
    return t == null ? Hash256.ZERO : t;
  }

  @Override
  public HeightAndLast heightAndLast(Hash256 hash) {
    Node n = hash == null ? null : forest.items.get(hash);
    if (n == null) {
      return new HeightAndLast(0, hash);
    }
    return new HeightAndLast(forest.height(n), forest.root(n).share.previousHash());
  }

  public int height(Hash256 hash) {
    return heightAndLast(hash).height();
  }

  public int verifiedHeight(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null ? 0 : forest.verifiedHeight(n);
  }

  /** Cumulative work from the chain's lowest known share up to {@code hash}. */
  public BigInteger work(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null ? BigInteger.ZERO : forest.sumBack(n, forest.height(n), false);
  }

  /** Up to {@code n} shares from {@code start} towards older ones. */
  public List<LoadedShare> chain(Hash256 start, int n) {
    List<LoadedShare> out = new ArrayList<>();
    for (Node c = forest.items.get(start); c != null && out.size() < n; c = c.parent) {
      out.add(c.share);
    }
    return out;
  }

  @Override
  public Hash256 nthParentHash(Hash256 hash, int n) {
    if (n == 0) {
      return hash;
    }
    Node node = forest.items.get(hash);
    if (node == null) {
      throw new IllegalStateException("unknown share " + hash);
    }
    int h = forest.height(node);
    if (n < h) {
      return forest.ancestor(node, n).share.hash();
    }
    if (n == h) {
      return forest.root(node).share.previousHash();
    }
    throw new IllegalStateException("only " + h + " shares known below " + hash.toHex());
  }

  @Override
  public LoadedShare ancestor(LoadedShare share, int n) {
    Node node = forest.items.get(share.hash());
    Node a = node == null ? null : forest.ancestor(node, n);
    return a == null ? null : a.share;
  }

  @Override
  public BigInteger minWorkSum(Hash256 near, int count) {
    return forest.sumBack(forest.items.get(near), count, true);
  }

  /** Sum of share work over {@code count} shares from {@code from} backwards. */
  public BigInteger workSum(Hash256 from, int count) {
    return forest.sumBack(forest.items.get(from), count, false);
  }

  @Override
  public PplnsWeights cumulativeWeights(Hash256 start, int maxShares, BigInteger desiredWeight) {
    return pplns.weights(get(start), maxShares, desiredWeight);
  }

  /**
   * Work per vote over {@code dist} shares from {@code start}. Consecutive shares ask for windows
   * one share apart, so the last window is kept and slid (one share in, one out) when it can be.
   */
  @Override
  public Map<Long, BigInteger> desiredVersionCounts(Hash256 start, int dist) {
    Node s = forest.items.get(start);
    if (s != null
        && votes != null
        && votes.dist == dist
        && s.parent != null
        && s.parent == votes.start
        && votes.start.alive
        && forest.height(s) > dist) {
      Map<Long, BigInteger> next = new HashMap<>(votes.counts);
      next.merge(s.share.desiredVersion(), s.share.work(), BigInteger::add);
      LoadedShare out = forest.ancestor(s, dist).share;
      next.merge(out.desiredVersion(), out.work().negate(), (a, b) -> nullIfZero(a.add(b)));
      votes = new VoteWindow(s, dist, next);
      return Map.copyOf(next);
    }
    Map<Long, BigInteger> res = new HashMap<>();
    for (LoadedShare x : chain(start, dist)) {
      res.merge(x.desiredVersion(), x.work(), BigInteger::add);
    }
    votes = s == null ? null : new VoteWindow(s, dist, res);
    return Map.copyOf(res);
  }

  private record VoteWindow(Node start, int dist, Map<Long, BigInteger> counts) {}

  private VoteWindow votes;

  private static BigInteger nullIfZero(BigInteger v) {
    return v.signum() == 0 ? null : v;
  }

  /**
   * JT's v17-v33 size rule for a verified share: does its block fit? {@link
   * BlockFit.Verdict#UNKNOWN} while a transaction is unknown; an answer from settled sizes is kept.
   */
  public BlockFit.Verdict blockFit(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null ? BlockFit.Verdict.UNKNOWN : blockFit(n);
  }

  BlockFit.Verdict blockFit(Node n) {
    if (n.otherTxs == null) {
      return n.verified ? BlockFit.Verdict.FITS : BlockFit.Verdict.UNKNOWN;
    }
    if (n.fit != BlockFit.Verdict.UNKNOWN) {
      return n.fit;
    }
    BlockFit.Verdict v = BlockFit.judge(net, n.gentxSize, n.gentxWeight, n.otherTxs, knownTxs);
    // Kept only when every size is settled (from the daemon): a peer's copy of a transaction may
    // carry a different witness, so a verdict from it is worked out again next time.
    if (v != BlockFit.Verdict.UNKNOWN && n.otherTxs.stream().allMatch(knownTxs::isSettled)) {
      n.fit = v;
      n.otherTxs = List.of(); // not needed any more
    }
    return v;
  }

  @Override
  public int naughty(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null ? 0 : n.naughty;
  }

  /** Size of the recomputed coinbase of a verified share (JT's gentx-size estimate hack). */
  public Optional<Integer> gentxSize(Hash256 hash) {
    Node n = forest.items.get(hash);
    return n == null || n.gentxSize == 0 ? Optional.empty() : Optional.of(n.gentxSize);
  }

  /**
   * JT's {@code attempt_verify}: checks a share whose chain is rooted or has CHAIN_LENGTH+1 shares.
   * Empty on success (or if already verified).
   */
  public Optional<InvalidShare> attemptVerify(Hash256 hash, long nowSeconds) {
    Node n = forest.items.get(hash);
    if (n == null) {
      throw new IllegalArgumentException("unknown share " + hash);
    }
    if (n.verified) {
      return Optional.empty();
    }
    CheckOutcome o = check(n, nowSeconds);
    if (o instanceof CheckOutcome.Valid v) {
      commit(n, v);
      return Optional.empty();
    }
    return Optional.of(((CheckOutcome.Invalid) o).invalid());
  }

  CheckOutcome check(Node n, long nowSeconds) {
    HeightAndLast hl = heightAndLast(n.share.hash());
    if (hl.height() < net.chainLength() + 1 && hl.last() != null) {
      throw new IllegalStateException("share has too little history to verify");
    }
    return checker.check(n.share, this, nowSeconds, minimumProtocolVersion);
  }

  void commit(Node n, CheckOutcome.Valid v) {
    forest.markVerified(n);
    n.naughty = v.naughty();
    n.gentxSize = v.generated().strippedSize();
    if (n.share.kind().hasTransactionRefs()) {
      n.otherTxs = v.generated().otherTxHashes();
      n.gentxWeight = BlockFit.gentxWeight(v.generated());
    }
    v.raiseMinProtocol()
        .ifPresent(p -> minimumProtocolVersion = Math.max(minimumProtocolVersion, p));
  }

  /** Trusts a share as verified without checking (the share store's "2 hash" lines). */
  public boolean markVerified(Hash256 hash) {
    Node n = forest.items.get(hash);
    if (n == null || n.verified) {
      return false;
    }
    forest.markVerified(n);
    return true;
  }

  /**
   * Verifies the unverified shares below {@code head} oldest first (the cheap order for the PPLNS
   * window), skipping shares without enough history. Returns the failures; stops at the first.
   */
  public List<BadShare> verifyChain(Hash256 head, long nowSeconds) {
    Node h = forest.items.get(head);
    List<Node> todo = new ArrayList<>();
    for (Node c = h; c != null && !c.verified; c = c.parent) {
      todo.add(c);
    }
    Collections.reverse(todo);
    for (Node n : todo) {
      HeightAndLast hl = heightAndLast(n.share.hash());
      if (hl.last() != null && hl.height() < net.chainLength() + 1) {
        continue;
      }
      CheckOutcome o = checker.check(n.share, this, nowSeconds, minimumProtocolVersion);
      if (o instanceof CheckOutcome.Valid v) {
        commit(n, v);
      } else {
        return List.of(new BadShare(n.share.hash(), n.peer, ((CheckOutcome.Invalid) o).invalid()));
      }
    }
    return List.of();
  }

  /** Removes a head or the lowest share of a chain. False if it is neither (or unknown). */
  public boolean remove(Hash256 hash) {
    Node n = forest.items.get(hash);
    if (n == null || !forest.remove(n)) {
      return false;
    }
    pplns.invalidate();
    return true;
  }

  /** JT's {@code think()} (spec §4.8). */
  public ThinkResult think(long nowSeconds, ToIntFunction<Hash256> blockRelHeight) {
    return new Thinker(this, net, random).think(nowSeconds, blockRelHeight);
  }

  /** Drops old tails and stale unverified heads; see {@link Trimmer}. Returns shares removed. */
  public int trim(long nowSeconds, Set<Hash256> keepHeads) {
    int removed = new Trimmer(this, net).trim(nowSeconds, keepHeads);
    if (removed > 0) {
      pplns.invalidate();
    }
    return removed;
  }

  private static Set<Hash256> hashes(Set<Node> nodes) {
    Set<Hash256> out = new LinkedHashSet<>();
    for (Node n : nodes) {
      out.add(n.share.hash());
    }
    return Collections.unmodifiableSet(out);
  }

  Node node(Hash256 hash) {
    return forest.items.get(hash);
  }
}
