package org.p2poolj.node.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.chain.ChainFixtures;
import org.p2poolj.node.chain.ChainService;
import org.p2poolj.share.chain.LoadedShare;
import org.p2poolj.share.codec.ShareCodec;
import org.p2poolj.share.gentx.SyntheticChain;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.InMemoryShareStore;
import org.p2poolj.store.StoredShare;
import org.p2poolj.store.sqlite.SqliteStore;

class ImportSharesCommandTest {
  private static final PoolNetwork NET = ChainFixtures.net();

  @TempDir Path home;

  /** Six regtest shares made by a chain service, oldest first. */
  private static List<LoadedShare> shares() throws Exception {
    long t0 = 1_750_000_000L;
    ChainService chain =
        new ChainService(
            NET,
            new InMemoryShareStore(),
            InstantSource.fixed(Instant.ofEpochSecond(t0)),
            new Random(3));
    chain.start();
    try {
      SyntheticChain gen = ChainFixtures.generator(NET, 4, t0 - 600);
      List<LoadedShare> out = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        Hash256 prev = chain.best().orElse(null);
        LoadedShare s = chain.call(t -> gen.next(t, prev, null));
        chain.addLocal(s);
        out.add(s);
      }
      return out;
    } finally {
      chain.stop();
    }
  }

  private static String line(LoadedShare s) {
    return "5 " + HexFormat.of().formatHex(ShareCodec.encode(s.share(), NET));
  }

  /** Python writes verified hashes with %x: no leading zeros. */
  private static String verifiedLine(LoadedShare s) {
    return "2 " + s.hash().toBigInteger().toString(16);
  }

  @Test
  void importsSharesAndVerifiedMarksAndReportsMalformedLines() throws Exception {
    List<LoadedShare> made = shares();
    Path ref = home.resolve("ref");
    Files.createDirectories(ref);
    Files.write(
        ref.resolve("shares.0"),
        List.of(line(made.get(0)), line(made.get(1)), "5 zz-not-hex", line(made.get(2))));
    Files.write(
        ref.resolve("shares.1"),
        List.of(
            line(made.get(3)),
            verifiedLine(made.get(0)),
            verifiedLine(made.get(3)),
            "5 " + HexFormat.of().formatHex(new byte[] {35, 3, 1, 2, 3}),
            line(made.get(4))));
    Path datadir = home.resolve("data");

    CliRun r =
        CliRun.run(
            home,
            "import-shares",
            "--net",
            "litecoin-regtest",
            "--datadir",
            datadir.toString(),
            ref.toString());

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).contains("imported 5 shares (5 new to the store), 2 marked verified");
    assertThat(r.out()).contains("2 malformed lines");
    assertThat(r.errLines())
        .hasSize(2)
        .anySatisfy(l -> assertThat(l).contains("shares.0:3"))
        .anySatisfy(l -> assertThat(l).contains("shares.1:4"));
    try (SqliteStore store = SqliteStore.open(datadir.resolve("shares.sqlite"))) {
      Map<Hash256, StoredShare> rows =
          store.shares().loadAll().stream()
              .collect(Collectors.toMap(StoredShare::hash, Function.identity()));
      assertThat(rows.keySet())
          .containsExactlyInAnyOrderElementsOf(
              made.subList(0, 5).stream().map(LoadedShare::hash).toList());
      assertThat(rows.get(made.get(0).hash()).verified()).isTrue();
      assertThat(rows.get(made.get(3).hash()).verified()).isTrue();
      assertThat(rows.get(made.get(1).hash()).verified()).isFalse();
      assertThat(rows.get(made.get(4).hash()).contents())
          .isEqualTo(ShareCodec.toRaw(made.get(4).share(), NET).contents());
    }
  }

  @Test
  void refusesADirectoryWithoutShareFiles() throws Exception {
    Path empty = Files.createDirectories(home.resolve("empty"));
    CliRun r = CliRun.run(home, "import-shares", "--net", "litecoin-regtest", empty.toString());
    assertThat(r.code()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("no shares.N files");
  }
}
