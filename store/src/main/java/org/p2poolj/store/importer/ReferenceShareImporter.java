package org.p2poolj.store.importer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.ShareStore;
import org.p2poolj.store.StoredShare;

/**
 * Reads the Python node's share files into {@link StoredShare}s. Files are read in the order of
 * their numeric suffix, as the reference does; a line that cannot be used is counted and reported
 * with its line number, and reading goes on. A verified-hash record marks the share with that hash
 * wherever it appears in the files.
 */
public final class ReferenceShareImporter {
  private static final String PREFIX = "shares.";

  private final Function<byte[], Hash256> shareHasher;
  private final InstantSource clock;

  /**
   * @param shareHasher computes a share's hash from its {@code share_type} wire bytes; may throw on
   *     a share it cannot parse, which makes that line malformed
   * @param clock gives imported shares their first-seen time (the files do not record one)
   */
  public ReferenceShareImporter(Function<byte[], Hash256> shareHasher, InstantSource clock) {
    this.shareHasher = shareHasher;
    this.clock = clock;
  }

  /** The {@code shares.<N>} files of a network directory, by increasing N. */
  public static List<Path> shareFiles(Path netDir) {
    List<Path> files = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(netDir, PREFIX + "*")) {
      for (Path p : ds) {
        String suffix = p.getFileName().toString().substring(PREFIX.length());
        if (!suffix.isEmpty()
            && suffix.chars().allMatch(Character::isDigit)
            && suffix.length() < 10) {
          files.add(p);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list share files in " + netDir, e);
    }
    files.sort(Comparator.comparingLong(ReferenceShareImporter::suffix));
    return files;
  }

  private static long suffix(Path p) {
    return Long.parseLong(p.getFileName().toString().substring(PREFIX.length()));
  }

  /** Reads every share file of a network directory ({@code <datadir>/<net>}). */
  public ImportResult importDirectory(Path netDir) {
    return importFiles(shareFiles(netDir));
  }

  /** Reads the directory and adds what it found to {@code store} in one batch. */
  public ImportResult importInto(Path netDir, ShareStore store) {
    ImportResult result = importDirectory(netDir);
    store.addAll(result.shares());
    return result;
  }

  /** Reads these files in the given order. */
  public ImportResult importFiles(List<Path> files) {
    Accumulator acc = new Accumulator();
    for (Path file : files) {
      // ISO-8859-1 maps every byte, so a damaged file yields malformed lines, not an exception.
      try (BufferedReader in = Files.newBufferedReader(file, StandardCharsets.ISO_8859_1)) {
        read(in, file.getFileName().toString(), acc);
      } catch (IOException e) {
        acc.malformed.add(new MalformedLine(file.toString(), 0, "unreadable: " + e.getMessage()));
      }
    }
    return acc.result(clock.millis());
  }

  /** Reads one stream of lines (for tests and for callers with their own source). */
  public ImportResult read(BufferedReader in, String name) throws IOException {
    Accumulator acc = new Accumulator();
    read(in, name, acc);
    return acc.result(clock.millis());
  }

  private void read(BufferedReader in, String name, Accumulator acc) throws IOException {
    long lineNumber = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      lineNumber++;
      if (line.isBlank()) {
        continue;
      }
      try {
        switch (ReferenceLine.parse(line)) {
          case ReferenceLine.Share s -> acc.share(hash(s), s);
          case ReferenceLine.Verified v -> acc.verified.add(v.hash());
          case ReferenceLine.Obsolete o -> acc.obsolete++;
        }
      } catch (IllegalArgumentException e) {
        acc.malformed.add(new MalformedLine(name, lineNumber, e.getMessage()));
      }
    }
  }

  private Hash256 hash(ReferenceLine.Share s) {
    try {
      return shareHasher.apply(s.shareTypeBytes());
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("share rejected by the share hasher: " + e.getMessage());
    }
  }

  /** What has been read so far across files. */
  private static final class Accumulator {
    final Map<Hash256, ReferenceLine.Share> shares = new LinkedHashMap<>();
    final Set<Hash256> verified = new HashSet<>();
    final List<MalformedLine> malformed = new ArrayList<>();
    int obsolete;
    int duplicates;

    void share(Hash256 hash, ReferenceLine.Share s) {
      if (shares.putIfAbsent(hash, s) != null) {
        duplicates++;
      }
    }

    ImportResult result(long nowMillis) {
      List<StoredShare> out = new ArrayList<>(shares.size());
      for (Map.Entry<Hash256, ReferenceLine.Share> e : shares.entrySet()) {
        ReferenceLine.Share s = e.getValue();
        out.add(
            new StoredShare(
                e.getKey(),
                s.type(),
                s.contents(),
                verified.contains(e.getKey()),
                nowMillis,
                null));
      }
      int orphans = (int) verified.stream().filter(h -> !shares.containsKey(h)).count();
      return new ImportResult(out, malformed, obsolete, orphans, duplicates);
    }
  }
}
