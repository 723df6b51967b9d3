package org.p2poolj.node;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.daemon.regtest.FreePorts;
import org.p2poolj.daemon.regtest.LitecoindBinary;
import org.p2poolj.daemon.regtest.NodeSpec;
import org.p2poolj.daemon.regtest.RegtestPair;

/**
 * Runs the real launcher and the shaded jar as processes, after {@code package}. The launcher is
 * told not to rebuild ({@code P2POOLJ_NO_BUILD=1}): we are inside the Maven build that made the
 * jar.
 */
class LauncherIT {
  private static final long TIMEOUT_S = 60;

  private static Path root;
  private static Path jar;

  @TempDir Path home;

  @BeforeAll
  static void locate() {
    String r = System.getProperty("p2poolj.projectRoot");
    String j = System.getProperty("p2poolj.jar");
    assumeTrue(r != null && j != null, "run by failsafe, which sets the project paths");
    root = Path.of(r).toAbsolutePath().normalize();
    jar = Path.of(j);
    assertThat(jar).as("the shaded jar is built in the package phase").exists();
  }

  private record Result(int code, String out, String err) {}

  private Result launch(List<String> args, long timeoutSeconds) throws Exception {
    List<String> cmd = new ArrayList<>();
    cmd.add(root.resolve("p2poolj").toString());
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).directory(root.toFile());
    pb.environment().put("P2POOLJ_NO_BUILD", "1");
    pb.environment().put("HOME", home.toString());
    pb.environment().put("JAVA_HOME", System.getProperty("java.home"));
    pb.environment().put("P2POOLJ_JAVA_OPTS", "-Duser.home=" + home);
    Path out = home.resolve("stdout.txt");
    Path err = home.resolve("stderr.txt");
    pb.redirectOutput(out.toFile()).redirectError(err.toFile());
    Process p = pb.start();
    if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("launcher did not exit within " + timeoutSeconds + " s: " + cmd);
    }
    return new Result(
        p.exitValue(),
        Files.readString(out, StandardCharsets.UTF_8),
        Files.readString(err, StandardCharsets.UTF_8));
  }

  @Test
  void helpAndVersionThroughTheLauncher() throws Exception {
    Result help = launch(List.of("--help"), TIMEOUT_S);
    assertThat(help.code()).as(help.err()).isZero();
    assertThat(help.out()).startsWith("Usage: p2poolj").contains("run", "config", "demo");

    Result version = launch(List.of("--version"), TIMEOUT_S);
    assertThat(version.code()).isZero();
    assertThat(version.out())
        .startsWith("p2poolj " + System.getProperty("p2poolj.expectedVersion"));
  }

  @Test
  void aConfigErrorIsOneLineAndExitCodeTwo() throws Exception {
    Path cfg = home.resolve("bad.toml");
    Files.writeString(cfg, "[stratum]\nport = 70000\n");
    Result r = launch(List.of("run", "--config", cfg.toString()), TIMEOUT_S);
    assertThat(r.code()).isEqualTo(2);
    // Ours is one line; the JDK itself announces the incubator module the launcher adds (cli.md).
    assertThat(r.err().lines().toList())
        .containsExactly(
            "WARNING: Using incubator modules: jdk.incubator.vector",
            "p2poolj: config error: [stratum].port: 70000 is not a port (1..65535)");
  }

  @Test
  void runStartsLogsToTheDatadirAndStopsOnSigterm() throws Exception {
    assumeTrue(LitecoindBinary.find().isPresent(), "litecoind not installed");
    Path datadir = home.resolve("regtest-node");
    try (RegtestPair pair = RegtestPair.mwebOff()) {
      NodeSpec.Credentials creds = pair.pool().spec().credentials().orElseThrow();
      ProcessBuilder pb =
          new ProcessBuilder(
                  Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                  "--add-modules=jdk.incubator.vector",
                  "-Duser.home=" + home,
                  "-jar",
                  jar.toString(),
                  "run",
                  "--net",
                  "litecoin-regtest",
                  "--datadir",
                  datadir.toString(),
                  "--set",
                  "daemon.rpc_port=" + pair.pool().rpcPort(),
                  "--set",
                  "daemon.p2p_port=" + pair.pool().p2pPort(),
                  "--set",
                  "daemon.rpc_user=" + creds.user(),
                  "--set",
                  "daemon.rpc_password=" + creds.password(),
                  "--set",
                  "p2p.port=" + FreePorts.next(),
                  "--set",
                  "stratum.port=" + FreePorts.next(),
                  "--set",
                  "web.port=" + FreePorts.next())
              .redirectErrorStream(true)
              .redirectOutput(home.resolve("run.txt").toFile());
      runUntilSigterm(pb, datadir);
    }
  }

  private void runUntilSigterm(ProcessBuilder pb, Path datadir) throws Exception {
    Process p = pb.start();
    try {
      Path log = datadir.resolve("p2poolj.log");
      boolean running = false;
      for (int i = 0; i < 600 && !running && p.isAlive(); i++) {
        running = Files.exists(log) && Files.readString(log).contains("p2poolj running");
        if (!running) {
          Thread.sleep(100);
        }
      }
      assertThat(running).as(Files.readString(home.resolve("run.txt"))).isTrue();
      p.destroy(); // SIGTERM
      assertThat(p.waitFor(TIMEOUT_S, TimeUnit.SECONDS)).isTrue();
      String text = Files.readString(log);
      assertThat(text)
          .contains("starting: net litecoin-regtest", "started datadir", "stopped datadir")
          .contains("started daemon", "started mining", "stopped mining")
          .contains("p2poolj stopped");
    } finally {
      p.destroyForcibly();
    }
  }
}
