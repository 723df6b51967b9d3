package org.p2poolj.stratum.testing;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import org.p2poolj.stratum.json.StratumJson;

/** A line-level Stratum client for server tests: write raw lines, read JSON replies. */
public final class RawClient implements AutoCloseable {
  private final Socket socket;
  private final BufferedReader in;
  private final OutputStream out;

  public RawClient(int port) throws IOException {
    socket = new Socket("127.0.0.1", port);
    socket.setSoTimeout(10_000);
    in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
    out = socket.getOutputStream();
  }

  public void send(String line) throws IOException {
    out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  /** The next line as JSON, or null at end of stream. */
  public JsonNode read() throws IOException {
    String line = in.readLine();
    return line == null ? null : StratumJson.mapper().readTree(line);
  }

  /** Reads until a message with this method arrives. */
  public JsonNode readMethod(String method) throws IOException {
    for (int i = 0; i < 100; i++) {
      JsonNode n = read();
      if (n == null) {
        throw new IOException("closed while waiting for " + method);
      }
      if (method.equals(n.path("method").asText())) {
        return n;
      }
    }
    throw new IOException("no " + method + " in 100 lines");
  }

  /** Reads until a reply with this id arrives. */
  public JsonNode readReply(int id) throws IOException {
    for (int i = 0; i < 100; i++) {
      JsonNode n = read();
      if (n == null) {
        throw new IOException("closed while waiting for reply " + id);
      }
      if (n.path("id").asInt(-1) == id && !n.has("method")) {
        return n;
      }
    }
    throw new IOException("no reply " + id + " in 100 lines");
  }

  /** True when the server closes the connection within the socket timeout (lines are skipped). */
  public boolean closedByServer() throws IOException {
    try {
      for (int i = 0; i < 10_000; i++) {
        if (in.readLine() == null) {
          return true;
        }
      }
      return false;
    } catch (SocketTimeoutException e) {
      return false;
    } catch (IOException e) {
      return true;
    }
  }

  /** Subscribes and authorizes; returns the extranonce1 hex. */
  public String login(String user) throws IOException {
    send("{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[\"raw\"]}");
    String xn1 = readReply(1).get("result").get(1).asText();
    send("{\"id\":2,\"method\":\"mining.authorize\",\"params\":[\"" + user + "\",\"x\"]}");
    readReply(2);
    return xn1;
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
