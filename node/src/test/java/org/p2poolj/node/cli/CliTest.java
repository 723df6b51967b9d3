package org.p2poolj.node.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.node.DatadirLock;
import org.p2poolj.node.logging.LogSetup;

class CliTest {
  @TempDir Path home;

  @Test
  void noArgumentsPrintsUsageListingTheCommands() {
    CliRun r = CliRun.run(home);
    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("Usage: p2poolj").contains("run", "demo", "config", "help");
    assertThat(r.err()).isEmpty();
  }

  @Test
  void everyCommandHasHelp() {
    List<String> commands = CliRun.subcommands(home);
    assertThat(commands).contains("run", "demo", "config", "help");
    for (String command : commands) {
      CliRun r = CliRun.run(home, command, "--help");
      assertThat(r.code()).as(command + " --help").isZero();
      assertThat(r.out()).as(command + " --help").contains("Usage: p2poolj " + command + " ");
      CliRun viaHelp = CliRun.run(home, "help", command);
      assertThat(viaHelp.code()).as("help " + command).isZero();
      assertThat(viaHelp.out()).as("help " + command).contains("Usage: p2poolj " + command + " ");
    }
    CliRun top = CliRun.run(home, "--help");
    assertThat(top.code()).isZero();
    assertThat(top.out()).startsWith("Usage: p2poolj");
  }

  @Test
  void versionPrintsTheBuildVersion() {
    String expected = System.getProperty("p2poolj.expectedVersion");
    assumeTrue(expected != null, "p2poolj.expectedVersion is set by the Maven build");
    for (String flag : List.of("--version", "-V")) {
      CliRun r = CliRun.run(home, flag);
      assertThat(r.code()).isZero();
      assertThat(r.out().lines().findFirst()).contains("p2poolj " + expected);
    }
    assertThat(CliRun.run(home, "run", "--version").out()).startsWith("p2poolj " + expected);
  }

  // The six names from the issue, written out rather than read from our enum.
  @ParameterizedTest
  @ValueSource(
      strings = {
        "litecoin",
        "litecoin-testnet",
        "litecoin-regtest",
        "bitcoin",
        "bitcoin-testnet",
        "bitcoin-regtest"
      })
  void everyNetworkIsAccepted(String net) {
    CliRun r = CliRun.run(home, "config", "--net", net);
    assertThat(r.err()).isEmpty();
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("net = \"" + net + "\"");
    // The datadir default is per network, under the (fake) home.
    assertThat(r.out()).contains("datadir = \"" + home.resolve(".p2poolj").resolve(net) + "\"");
  }

  @Test
  void aWrongNetworkIsOneClearLine() {
    CliRun r = CliRun.run(home, "run", "--net", "dogecoin");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).startsWith("p2poolj: ").contains("--net", "'dogecoin'", "litecoin-regtest");
    assertThat(r.out()).isEmpty();
  }

  @Test
  void anUnknownOptionIsOneLine() {
    CliRun r = CliRun.run(home, "config", "--stratum-prot", "1");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).hasSize(1);
    assertThat(r.err()).contains("--stratum-prot");
  }

  @Test
  void portOptionsAreRangeChecked() {
    CliRun r = CliRun.run(home, "config", "--stratum-port", "70000");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains("--stratum-port", "70000");
  }

  @Test
  void unknownKeyInTheFileNamesTheKey() throws IOException {
    Path file = write("[stratum]\nport = 3333\nprot = 1\n");
    for (String command : List.of("run", "config")) {
      CliRun r = CliRun.run(home, command, "--config", file.toString());
      assertThat(r.code()).as(command).isEqualTo(2);
      assertThat(r.errLines()).as(command).hasSize(1);
      assertThat(r.err()).startsWith("p2poolj: config error: [stratum].prot: unknown key");
      assertThat(r.out()).isEmpty();
    }
  }

  @Test
  void badValueInTheFileNamesTheKey() throws IOException {
    Path file = write("[stratum]\nport = 70000\n");
    CliRun r = CliRun.run(home, "run", "--config", file.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("p2poolj: config error: [stratum].port: 70000 is not a port (1..65535)");
  }

  @Test
  void aMissingConfigFileIsOneLineNamingTheFile() {
    Path missing = home.resolve("nope.toml");
    CliRun r = CliRun.run(home, "run", "-c", missing.toString());
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().contains(missing.toString(), "not found");
    assertThat(r.err()).doesNotContain("Exception", "\tat ");
  }

  @Test
  void commandLineOptionsBeatTheFile() throws IOException {
    Path file =
        write(
            """
            [coin]
            net = "bitcoin"
            [stratum]
            port = 4000
            share_rate = 7.5
            [daemon]
            rpc_port = 4001
            [node]
            fee_percent = 2.5
            """);
    CliRun r =
        CliRun.run(
            home,
            "config",
            "-c",
            file.toString(),
            "--net",
            "litecoin-regtest",
            "--stratum-port",
            "5000",
            "--set",
            "daemon.rpc_port=5001",
            "--fee",
            "3");
    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out())
        .contains(
            "net = \"litecoin-regtest\"",
            "port = 5000",
            "rpc_port = 5001",
            "fee_percent = 3.0",
            // Not overridden: the file's value stays.
            "share_rate = 7.5")
        .doesNotContain("port = 4000", "rpc_port = 4001", "\"bitcoin\"");
  }

  @Test
  void setIsAppliedAfterTheNamedOptions() {
    CliRun r = CliRun.run(home, "config", "--stratum-port", "5000", "--set", "stratum.port=6000");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("port = 6000").doesNotContain("port = 5000");
  }

  @Test
  void aBadSetIsAConfigError() {
    CliRun r = CliRun.run(home, "config", "--set", "stratum.port=abc");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .containsExactly("p2poolj: config error: [stratum].port: 'abc' is not a whole number");
  }

  @Test
  void configFileInTheDatadirIsReadWithoutConfigOption() throws IOException {
    Path datadir = home.resolve(".p2poolj").resolve("litecoin-testnet");
    Files.createDirectories(datadir);
    Files.writeString(datadir.resolve("p2poolj.toml"), "[web]\nport = 8123\n");
    CliRun r = CliRun.run(home, "config", "--net", "litecoin-testnet");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("port = 8123", datadir.resolve("p2poolj.toml").toString());
  }

  @Test
  void thePasswordIsHiddenUnlessAsked() {
    String[] args = {"config", "--rpc-user", "alice", "--rpc-password", "s3cret-pw"};
    CliRun hidden = CliRun.run(home, args);
    assertThat(hidden.code()).isZero();
    assertThat(hidden.out()).contains("rpc_user = \"alice\"").doesNotContain("s3cret-pw");
    String[] shown = {
      "config", "--show-secrets", "--rpc-user", "alice", "--rpc-password", "s3cret-pw"
    };
    assertThat(CliRun.run(home, shown).out()).contains("rpc_password = \"s3cret-pw\"");
  }

  @Test
  void logLevelOptionSetsTheLogLevelKey() {
    CliRun r = CliRun.run(home, "config", "--log-level", "debug");
    assertThat(r.code()).isZero();
    assertThat(r.out()).contains("[log]\nlevel = \"DEBUG\"");
    CliRun bad = CliRun.run(home, "config", "--log-level", "loud");
    assertThat(bad.code()).isEqualTo(2);
    assertThat(bad.errLines()).singleElement().asString().contains("--log-level", "'loud'");
  }

  @Test
  void runFailsWithOneLineAndCodeOneWhenAServiceCannotStart() throws Exception {
    Path datadir = home.resolve("busy");
    DatadirLock other = new DatadirLock(datadir);
    other.start();
    try {
      CliRun r =
          CliRun.run(
              home,
              "run",
              "--net",
              "litecoin-regtest",
              "--datadir",
              datadir.toString(),
              "--log-level",
              "OFF");
      assertThat(r.code()).isEqualTo(1);
      assertThat(r.errLines())
          .singleElement()
          .asString()
          .startsWith("p2poolj: datadir failed to start: another p2poolj node")
          .contains(datadir.toString());
    } finally {
      other.stop();
      LogSetup.resetToDefaults();
    }
  }

  @Test
  void anUnusableLogFileIsAConfigError() throws IOException {
    Path notADir = Files.createFile(home.resolve("plain-file"));
    CliRun r =
        CliRun.run(
            home,
            "run",
            "--net",
            "litecoin-regtest",
            "--set",
            "log.file=" + notADir.resolve("x.log"));
    LogSetup.resetToDefaults();
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines())
        .singleElement()
        .asString()
        .startsWith("p2poolj: config error: [log].file: cannot create directory");
  }

  @Test
  void demoRejectsABadOptionWithCodeTwoBeforeStartingAnything() {
    CliRun r = CliRun.run(home, "demo", "--threads", "0");
    assertThat(r.code()).isEqualTo(2);
    assertThat(r.errLines()).singleElement().asString().startsWith("p2poolj: demo: need");
  }

  private Path write(String toml) throws IOException {
    Path file = Files.createTempFile(home, "p2poolj", ".toml");
    Files.writeString(file, toml);
    return file;
  }
}
