package org.p2poolj.daemon.rpc;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;

/** How the client proves itself to the daemon: fixed credentials or the daemon's cookie file. */
public sealed interface RpcAuth {

  /** The value of the HTTP {@code Authorization} header. */
  String header() throws IOException;

  /** A short description for error messages; never contains the password. */
  String describe();

  /** {@code -rpcuser}/{@code -rpcpassword} credentials. */
  record UserPassword(String user, String password) implements RpcAuth {
    @Override
    public String header() {
      return basic(user + ":" + password);
    }

    @Override
    public String describe() {
      return "rpcuser '" + user + "'";
    }

    @Override
    public String toString() {
      return "UserPassword[user=" + user + ", password=***]";
    }
  }

  /**
   * The cookie file ({@code <datadir>/<chain>/.cookie}). It is read for every request because the
   * daemon writes a new one each time it starts.
   */
  record CookieFile(Path path) implements RpcAuth {
    @Override
    public String header() throws IOException {
      String cookie = Files.readString(path, StandardCharsets.UTF_8).strip();
      if (!cookie.contains(":")) {
        throw new IOException("cookie file " + path + " does not hold user:password");
      }
      return basic(cookie);
    }

    @Override
    public String describe() {
      return "cookie file " + path;
    }
  }

  private static String basic(String userPass) {
    return "Basic " + Base64.getEncoder().encodeToString(userPass.getBytes(StandardCharsets.UTF_8));
  }
}
