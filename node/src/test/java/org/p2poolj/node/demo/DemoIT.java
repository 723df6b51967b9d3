package org.p2poolj.node.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.daemon.regtest.LitecoindBinary;

/**
 * {@code p2poolj demo --duration} as a real process from the shaded jar: it must start litecoind,
 * the node and the miner, report shares and accepted blocks, then stop everything and exit 0.
 */
class DemoIT {
  private static final Pattern STATUS =
      Pattern.compile("shares (\\d+) \\(\\d+ dead\\) \\| blocks (\\d+) \\((\\d+) accepted\\)");

  @TempDir Path home;

  @Test
  void aBoundedDemoRunMinesAndStopsCleanly() throws Exception {
    String jar = System.getProperty("p2poolj.jar");
    assumeTrue(jar != null && Files.exists(Path.of(jar)), "run by failsafe after package");
    assumeTrue(LitecoindBinary.find().isPresent(), "litecoind not installed");
    Path datadir = home.resolve("demo-data");
    Path out = home.resolve("demo.txt");
    Process p =
        new ProcessBuilder(
                List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "--add-modules=jdk.incubator.vector",
                    "-Duser.home=" + home,
                    "-jar",
                    jar,
                    "demo",
                    "--duration",
                    "25",
                    "--status-interval",
                    "5",
                    "--datadir",
                    datadir.toString()))
            .redirectErrorStream(true)
            .redirectOutput(out.toFile())
            .start();
    try {
      assertThat(p.waitFor(180, TimeUnit.SECONDS)).as("demo exits by itself").isTrue();
    } finally {
      p.destroyForcibly();
    }
    String text = Files.readString(out, StandardCharsets.UTF_8);
    assertThat(p.exitValue()).as(text).isZero();
    assertThat(text)
        .contains("stratum:  stratum+tcp://127.0.0.1:", "web:      http://127.0.0.1:")
        .contains("datadir:  " + datadir)
        .contains("log:      " + datadir.resolve("p2poolj.log"))
        .contains("demo stopped");
    Matcher m = STATUS.matcher(text);
    long shares = 0;
    long accepted = 0;
    while (m.find()) {
      shares = Long.parseLong(m.group(1));
      accepted = Long.parseLong(m.group(3));
    }
    assertThat(shares).as(text).isPositive();
    assertThat(accepted).as(text).isPositive();
    assertThat(Files.readString(datadir.resolve("p2poolj.log")))
        .contains("started mining", "stopped datadir");
  }
}
