package org.p2poolj.node.config;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ConfigWriterTest {
  @TempDir Path home;

  static LongStream seeds() {
    return LongStream.range(1, 41);
  }

  /** Printing a config and loading the printout gives the same config back. */
  @ParameterizedTest
  @MethodSource("seeds")
  void printedConfigReadsBackEqual(long seed) throws IOException {
    Random rnd = new Random(seed);
    ConfigLoader loader = new ConfigLoader(home);
    P2poolConfig original = loader.load(Optional.empty(), randomOverrides(rnd)).config();

    Path file = home.resolve("printed-" + seed + ".toml");
    Files.writeString(file, ConfigWriter.toToml(original, true));
    P2poolConfig reread = loader.load(Optional.of(file), List.of()).config();

    assertThat(reread).isEqualTo(original);
  }

  @Test
  void theSharechainSectionIsExplainedWhenEmpty() {
    P2poolConfig c = new ConfigLoader(home).load(Optional.empty(), List.of()).config();
    String toml = ConfigWriter.toToml(c, false);
    assertThat(toml).contains("[sharechain]\n# no overrides");
    for (String section : P2poolConfig.SECTIONS) {
      assertThat(toml).contains("[" + section + "]\n");
    }
  }

  @Test
  void stringsAreEscaped() {
    assertThat(ConfigWriter.quote("a\"b\\c\n\u0001")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001\"");
  }

  private static List<ConfigOverride> randomOverrides(Random rnd) {
    List<String> nets = Network.ids();
    List<ConfigOverride> o = new ArrayList<>();
    o.add(ConfigOverride.of("coin", "net", nets.get(rnd.nextInt(nets.size()))));
    o.add(ConfigOverride.of("stratum", "port", 1 + rnd.nextInt(65535)));
    o.add(ConfigOverride.of("p2p", "port", 1 + rnd.nextInt(65535)));
    o.add(ConfigOverride.of("stratum", "share_rate", 0.1 + rnd.nextDouble() * 30));
    double fee = rnd.nextDouble() * 50;
    o.add(ConfigOverride.of("node", "fee_percent", fee));
    o.add(ConfigOverride.of("node", "donation_percent", rnd.nextDouble() * 50));
    o.add(ConfigOverride.of("node", "coinbase_text", randomText(rnd, rnd.nextInt(20))));
    if (rnd.nextBoolean()) {
      o.add(ConfigOverride.of("daemon", "rpc_user", "user" + rnd.nextInt(1000)));
      o.add(ConfigOverride.of("daemon", "rpc_password", randomText(rnd, 1 + rnd.nextInt(30))));
    }
    if (rnd.nextBoolean()) {
      o.add(ConfigOverride.parse("p2p.peers=[\"10.0.0." + rnd.nextInt(256) + ":9338\", \"h.x\"]"));
    }
    if (rnd.nextBoolean()) {
      o.add(ConfigOverride.of("sharechain", "share_period", 1 + rnd.nextInt(60)));
      o.add(ConfigOverride.of("sharechain", "identifier", String.format("%016x", rnd.nextLong())));
    }
    return o;
  }

  /** Printable text including the characters TOML strings must escape. */
  private static String randomText(Random rnd, int length) {
    String alphabet = "abcXYZ019 _-=#[]{}\"'\\\t/é";
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < length; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }
}
