package org.p2poolj.node.logging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.p2poolj.node.config.LogConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

class LogSetupTest {
  @TempDir Path datadir;

  @AfterEach
  void restore() {
    LogSetup.resetToDefaults();
  }

  @Test
  void writesTheFileLogIntoTheDatadir() throws IOException {
    Path file = datadir.resolve("sub").resolve("p2poolj.log");
    LogSetup.configure(new LogConfig("INFO", file.toString()));
    Logger log = LoggerFactory.getLogger("org.p2poolj.stratum.Server");
    log.info("miner connected from {}", "127.0.0.1:5555");
    log.debug("this is below the level");

    String text = Files.readString(file);
    assertThat(text)
        .contains("INFO  [stratum]", "miner connected from 127.0.0.1:5555")
        .doesNotContain("below the level");
    // Full date in the file, unlike the console.
    assertThat(text).containsPattern("^\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}\\.\\d{3} INFO");
  }

  @Test
  void theLevelSettingChangesTheRootLevel() throws IOException {
    Path file = datadir.resolve("p2poolj.log");
    LogSetup.configure(new LogConfig("debug", file.toString()));
    Logger log = LoggerFactory.getLogger("org.p2poolj.daemon.Rpc");
    log.debug("debug is on");
    log.trace("trace is still off");
    assertThat(Files.readString(file)).contains("debug is on").doesNotContain("trace is still off");

    LogSetup.configure(new LogConfig("ERROR", file.toString()));
    log.warn("a warning now filtered");
    assertThat(Files.readString(file)).doesNotContain("a warning now filtered");
  }

  @Test
  void anEmptyFileSettingMeansConsoleOnly() throws IOException {
    LogSetup.configure(new LogConfig("INFO", ""));
    LoggerFactory.getLogger(LogSetupTest.class).info("console only");
    try (var files = Files.list(datadir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void componentIsTheModuleForOurLoggers() {
    assertThat(ComponentConverter.component("org.p2poolj.daemon.rpc.RpcClient"))
        .isEqualTo("daemon");
    assertThat(ComponentConverter.component("org.p2poolj.node")).isEqualTo("node");
    assertThat(ComponentConverter.component("status")).isEqualTo("status");
    assertThat(ComponentConverter.component("com.zaxxer.Pool")).isEqualTo("Pool");
    assertThat(ComponentConverter.component("")).isEqualTo("-");
  }
}
