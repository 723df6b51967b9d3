package org.p2poolj.share.tool;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.p2poolj.coin.codec.ProtocolException;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.VerificationException;
import org.p2poolj.share.chain.HeightAndLast;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.tool.VerifyReport.InvalidEntry;
import org.p2poolj.share.tool.VerifyReport.LineError;
import org.p2poolj.share.tracker.AddResult;
import org.p2poolj.share.tracker.ShareTracker;

/**
 * Verifies a share file in JT's {@code ShareStore} format (spec §4.9): one entry per line, {@code 5
 * <hex of share_type>} or {@code 2 <hex of a verified share hash>}. Every share is checked from
 * scratch (PoW in parallel, then {@code check()} oldest first); the file's own "verified" marks are
 * only compared, never trusted. A bad line is reported with its number and the run goes on.
 */
public final class ShareFileVerifier {
  private static final int MAX_LINE = 4 * RawShare.MAX_CONTENTS;

  private ShareFileVerifier() {}

  public static VerifyReport verify(Path file, PoolNetwork net, long nowSeconds)
      throws IOException {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
      return verify(r, net, nowSeconds);
    }
  }

  public static VerifyReport verify(Reader reader, PoolNetwork net, long nowSeconds)
      throws IOException {
    Parsed p = parse(new BufferedReader(reader), net);
    p.loaded.parallelStream().forEach(e -> e.share.powHash());
    ShareTracker tracker = new ShareTracker(net, new Random(0));
    List<InvalidEntry> invalid = new ArrayList<>(p.invalid);
    Map<Hash256, Integer> lineOf = new HashMap<>();
    int duplicates = 0;
    for (Loaded e : p.loaded) {
      if (!e.share.powValid()) {
        invalid.add(
            entry(e, InvalidShare.of(InvalidShare.Reason.POW_INVALID, "share PoW invalid")));
        continue;
      }
      if (tracker.add(e.share, null, nowSeconds) == AddResult.DUPLICATE) {
        duplicates++;
      } else {
        lineOf.put(e.share.hash(), e.line);
      }
    }
    List<LoadedShare> order = new ArrayList<>();
    for (Hash256 h : lineOf.keySet()) {
      order.add(tracker.get(h));
    }
    Map<Hash256, Integer> heights = new HashMap<>();
    for (LoadedShare s : order) {
      heights.put(s.hash(), tracker.height(s.hash()));
    }
    order.sort(
        Comparator.comparingInt((LoadedShare s) -> heights.get(s.hash()))
            .thenComparing(s -> lineOf.get(s.hash())));
    int unverifiable = 0;
    for (LoadedShare s : order) {
      HeightAndLast hl = tracker.heightAndLast(s.hash());
      if (hl.last() != null && hl.height() < net.chainLength() + 1) {
        unverifiable++;
        continue;
      }
      Optional<InvalidShare> bad = tracker.attemptVerify(s.hash(), nowSeconds);
      bad.ifPresent(i -> invalid.add(new InvalidEntry(lineOf.get(s.hash()), s.hash(), i)));
    }
    Hash256 best = tracker.think(nowSeconds, h -> 0).best();
    Map<InvalidShare.Reason, Integer> byReason = new EnumMap<>(InvalidShare.Reason.class);
    for (InvalidEntry e : invalid) {
      byReason.merge(e.invalid().reason(), 1, Integer::sum);
    }
    invalid.sort(Comparator.comparingInt(InvalidEntry::line));
    List<Hash256> notConfirmed = new ArrayList<>();
    for (Hash256 h : p.storeVerified) {
      if (!tracker.isVerified(h)) {
        notConfirmed.add(h);
      }
    }
    return new VerifyReport(
        net.name(),
        p.lines,
        p.loaded.size() + p.invalid.size(),
        duplicates,
        tracker.verifiedCount(),
        unverifiable,
        invalid,
        byReason,
        p.malformed,
        p.storeVerified.size(),
        notConfirmed,
        best,
        best == null ? 0 : tracker.height(best),
        tracker.heads().size());
  }

  private record Loaded(int line, LoadedShare share) {}

  private static final class Parsed {
    int lines;
    final List<Loaded> loaded = new ArrayList<>();
    final List<InvalidEntry> invalid = new ArrayList<>();
    final List<LineError> malformed = new ArrayList<>();
    final Set<Hash256> storeVerified = new LinkedHashSet<>();
  }

  private static InvalidEntry entry(Loaded e, InvalidShare why) {
    return new InvalidEntry(e.line, e.share.hash(), why);
  }

  private static Parsed parse(BufferedReader in, PoolNetwork net) throws IOException {
    Parsed p = new Parsed();
    String raw;
    while ((raw = in.readLine()) != null) {
      int line = ++p.lines;
      String text = raw.strip();
      if (text.isEmpty()) {
        continue;
      }
      if (text.length() > MAX_LINE) {
        p.malformed.add(new LineError(line, "line too long (" + text.length() + " chars)"));
        continue;
      }
      String[] parts = text.split(" ");
      if (parts.length != 2) {
        p.malformed.add(
            new LineError(line, "expected '<type> <hex>', got " + parts.length + " field(s)"));
        continue;
      }
      switch (parts[0]) {
        case "5" -> share(p, line, parts[1], net);
        case "2" -> verifiedHash(p, line, parts[1]);
        case "0", "1" -> {
          // JT ignores these legacy entry types too
        }
        default -> p.malformed.add(new LineError(line, "unknown entry type '" + parts[0] + "'"));
      }
    }
    return p;
  }

  private static void share(Parsed p, int line, String hex, PoolNetwork net) {
    byte[] bytes;
    try {
      bytes = HexFormat.of().parseHex(hex);
    } catch (IllegalArgumentException e) {
      p.malformed.add(new LineError(line, "bad hex: " + e.getMessage()));
      return;
    }
    RawShare raw;
    try {
      raw = RawShare.parse(bytes);
    } catch (ProtocolException e) {
      p.malformed.add(new LineError(line, "bad share_type: " + e.getMessage()));
      return;
    }
    try {
      p.loaded.add(new Loaded(line, ShareLoader.load(raw, net, false)));
    } catch (VerificationException e) {
      p.invalid.add(new InvalidEntry(line, null, e.invalid()));
    } catch (RuntimeException e) {
      p.malformed.add(new LineError(line, "cannot load share: " + e.getMessage()));
    }
  }

  private static void verifiedHash(Parsed p, int line, String hex) {
    try {
      BigInteger v = new BigInteger(hex, 16);
      if (v.signum() < 0 || v.bitLength() > 256) {
        throw new NumberFormatException("not a 256-bit value");
      }
      p.storeVerified.add(Hash256.fromBigInteger(v));
    } catch (NumberFormatException e) {
      p.malformed.add(new LineError(line, "bad verified hash: " + e.getMessage()));
    }
  }
}
