package org.p2poolj.store.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.TestShares;

class ReferenceShareImporterTest {
  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-11-21T12:00:00Z"), ZoneOffset.UTC);
  private static final long NOW = CLOCK.millis();

  @TempDir Path dir;

  private final ReferenceShareImporter importer =
      new ReferenceShareImporter(TestShares::hashOf, CLOCK);

  /** The share as the importer should produce it: no peer, first seen at import time. */
  private static StoredShare imported(StoredShare s, boolean verified) {
    return new StoredShare(s.hash(), s.type(), s.contents(), verified, NOW, null);
  }

  @Test
  void readsSharesAndVerifiedFlagsAndReportsEveryBadLineByNumber() throws Exception {
    TestShares gen = new TestShares(31);
    StoredShare a = gen.next(300);
    StoredShare b = gen.next(300);
    StoredShare rejected = gen.next(50);
    String aHex = Hex.encode(a.shareTypeBytes());
    Function<byte[], Hash256> hasher =
        bytes -> {
          if (TestShares.hashOf(bytes).equals(rejected.hash())) {
            throw new IllegalArgumentException("unknown share version");
          }
          return TestShares.hashOf(bytes);
        };
    String file =
        String.join(
            "\n",
            ReferenceFiles.shareLine(a), // 1
            ReferenceFiles.verifiedLine(a.hash()), // 2
            "", // 3: blank, skipped silently
            "5 zz", // 4
            "5 " + aHex.substring(0, aHex.length() - 2), // 5: contents cut short
            "7 abcd", // 6
            "5", // 7
            "2 xyz", // 8
            "1 abcdef", // 9: retired format
            ReferenceFiles.shareLine(b), // 10
            ReferenceFiles.shareLine(a), // 11: duplicate
            ReferenceFiles.verifiedLine(Hash256.fromHex("cd".repeat(32))), // 12: no such share
            "5 " + aHex + "00", // 13: trailing byte
            "abc def", // 14
            ReferenceFiles.shareLine(rejected), // 15
            "5 " + aHex.substring(0, 11)); // 16: torn last line, no newline
    ReferenceShareImporter withHasher = new ReferenceShareImporter(hasher, CLOCK);

    ImportResult r = withHasher.read(new BufferedReader(new StringReader(file)), "shares.0");

    assertThat(r.shares()).containsExactly(imported(a, true), imported(b, false));
    assertThat(r.malformed())
        .extracting(MalformedLine::lineNumber)
        .containsExactly(4L, 5L, 6L, 7L, 8L, 13L, 14L, 15L, 16L);
    assertThat(r.malformed()).allMatch(m -> m.file().equals("shares.0") && !m.reason().isBlank());
    assertThat(r.malformed().get(7).reason()).contains("unknown share version");
    assertThat(r.obsoleteLines()).isEqualTo(1);
    assertThat(r.duplicateShares()).isEqualTo(1);
    assertThat(r.verifiedWithoutShare()).isEqualTo(1);
    assertThat(r.summary()).contains("2 shares (1 verified)", "9 malformed");
  }

  @Test
  void verifiedHashesWithLeadingZerosAreReadAsPythonWroteThem() throws Exception {
    TestShares gen = new TestShares(32);
    StoredShare s = gen.next(100);
    // Real share hashes are below the share target, so their "%x" form is short.
    Hash256 small = Hash256.fromHex("0000000" + "1" + "ab".repeat(28));
    Map<String, Hash256> hashes = new HashMap<>();
    hashes.put(Hex.encode(s.shareTypeBytes()), small);
    ReferenceShareImporter byTable =
        new ReferenceShareImporter(bytes -> hashes.get(Hex.encode(bytes)), CLOCK);
    String line2 = ReferenceFiles.verifiedLine(small);
    assertThat(line2.length()).isLessThan(2 + 64);

    ImportResult r =
        byTable.read(
            new BufferedReader(new StringReader(ReferenceFiles.shareLine(s) + "\n" + line2 + "\n")),
            "shares.3");

    assertThat(r.malformed()).isEmpty();
    assertThat(r.shares())
        .singleElement()
        .satisfies(
            x -> {
              assertThat(x.hash()).isEqualTo(small);
              assertThat(x.verified()).isTrue();
            });
  }

  @Test
  void readsTheNumberedFilesInNumericOrderAndIgnoresOtherFiles() throws Exception {
    TestShares gen = new TestShares(33);
    List<StoredShare> s = gen.next(5, 200);
    Files.writeString(dir.resolve("shares.0"), lines(ReferenceFiles.shareLine(s.get(0))));
    Files.writeString(
        dir.resolve("shares.2"),
        lines(ReferenceFiles.shareLine(s.get(1)), ReferenceFiles.shareLine(s.get(2))));
    Files.writeString(
        dir.resolve("shares.10"),
        lines(ReferenceFiles.shareLine(s.get(3)), ReferenceFiles.verifiedLine(s.get(0).hash())));
    Files.writeString(dir.resolve("shares.db"), "not a share file");
    Files.writeString(dir.resolve("shares.1.bak"), lines(ReferenceFiles.shareLine(s.get(4))));
    Files.writeString(dir.resolve("addrs"), "{}");

    assertThat(ReferenceShareImporter.shareFiles(dir))
        .extracting(p -> p.getFileName().toString())
        .containsExactly("shares.0", "shares.2", "shares.10");

    InMemoryShareStore store = new InMemoryShareStore();
    ImportResult r = importer.importInto(dir, store);

    assertThat(r.malformed()).isEmpty();
    assertThat(store.loadAll())
        .containsExactly(
            imported(s.get(0), true),
            imported(s.get(1), false),
            imported(s.get(2), false),
            imported(s.get(3), false));
  }

  @Test
  void aDamagedFileStillYieldsItsGoodLines() throws Exception {
    TestShares gen = new TestShares(34);
    StoredShare s = gen.next(400);
    byte[] good = lines(ReferenceFiles.shareLine(s)).getBytes(StandardCharsets.US_ASCII);
    byte[] junk = {(byte) 0xff, (byte) 0xfe, 0, 10, (byte) 0x80, 10};
    byte[] both = new byte[good.length + junk.length];
    System.arraycopy(good, 0, both, 0, good.length);
    System.arraycopy(junk, 0, both, good.length, junk.length);
    Files.write(dir.resolve("shares.0"), both);

    ImportResult r = importer.importDirectory(dir);

    assertThat(r.shares()).containsExactly(imported(s, false));
    assertThat(r.malformed()).extracting(MalformedLine::lineNumber).containsExactly(2L, 3L);
  }

  private static String lines(String... lines) {
    return String.join("\n", lines) + "\n";
  }
}
