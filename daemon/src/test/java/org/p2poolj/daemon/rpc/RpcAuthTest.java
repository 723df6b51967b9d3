package org.p2poolj.daemon.rpc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RpcAuthTest {
  private static String decode(String header) {
    assertThat(header).startsWith("Basic ");
    return new String(Base64.getDecoder().decode(header.substring(6)), StandardCharsets.UTF_8);
  }

  @Test
  void userPasswordIsBasicAuth() {
    assertThat(decode(new RpcAuth.UserPassword("alice", "s3:cret").header()))
        .isEqualTo("alice:s3:cret");
  }

  @Test
  void toStringHidesThePassword() {
    assertThat(new RpcAuth.UserPassword("alice", "hunter2").toString()).doesNotContain("hunter2");
    assertThat(new RpcAuth.UserPassword("alice", "hunter2").describe()).doesNotContain("hunter2");
  }

  @Test
  void cookieIsReadAtEveryCallSoARestartedDaemonIsFollowed(@TempDir Path dir) throws IOException {
    Path cookie = dir.resolve(".cookie");
    Files.writeString(cookie, "__cookie__:aaaa");
    RpcAuth auth = new RpcAuth.CookieFile(cookie);
    assertThat(decode(auth.header())).isEqualTo("__cookie__:aaaa");
    Files.writeString(cookie, "__cookie__:bbbb\n");
    assertThat(decode(auth.header())).isEqualTo("__cookie__:bbbb");
  }

  @Test
  void missingOrMalformedCookieIsAnIoError(@TempDir Path dir) throws IOException {
    assertThatThrownBy(() -> new RpcAuth.CookieFile(dir.resolve("absent")).header())
        .isInstanceOf(IOException.class);
    Path bad = dir.resolve("bad");
    Files.writeString(bad, "nocolon");
    assertThatThrownBy(() -> new RpcAuth.CookieFile(bad).header())
        .isInstanceOf(IOException.class)
        .hasMessageContaining("user:password");
  }
}
