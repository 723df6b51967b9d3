package org.p2poolj.node.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.p2poolj.web.mux.PortMux;

/**
 * One port for both: through {@link PortMux}, a JSON-RPC line reaches the stratum server (an echo
 * server here) via the relay, byte for byte and both ways, while an HTTP request reaches the HTTP
 * server.
 */
class StratumForwarderTest {
  private ServerSocket stratum;
  private ServerSocket http;
  private PortMux mux;

  @BeforeEach
  void start() throws IOException {
    InetAddress lo = InetAddress.getLoopbackAddress();
    stratum = new ServerSocket(0, 50, lo);
    http = new ServerSocket(0, 50, lo);
    Thread.ofVirtual().start(() -> serve(stratum, StratumForwarderTest::echoLines));
    Thread.ofVirtual().start(() -> serve(http, StratumForwarderTest::answerHttp));
    mux =
        new PortMux(
            new InetSocketAddress(lo, 0),
            new StratumForwarder(stratum::getLocalPort),
            new InetSocketAddress(lo, http.getLocalPort()),
            Duration.ofSeconds(5));
    mux.start();
  }

  @AfterEach
  void stop() throws IOException {
    mux.stop();
    stratum.close();
    http.close();
  }

  private interface Handler {
    void handle(Socket s) throws IOException;
  }

  private static void serve(ServerSocket server, Handler h) {
    while (!server.isClosed()) {
      try {
        Socket s = server.accept();
        Thread.ofVirtual()
            .start(
                () -> {
                  try (s) {
                    h.handle(s);
                  } catch (IOException e) {
                    // the test's client went away
                  }
                });
      } catch (IOException e) {
        return;
      }
    }
  }

  private static void echoLines(Socket s) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    PrintWriter out = new PrintWriter(s.getOutputStream(), true, StandardCharsets.UTF_8);
    String line;
    while ((line = in.readLine()) != null) {
      out.println("echo " + line);
    }
  }

  private static void answerHttp(Socket s) throws IOException {
    BufferedReader in =
        new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8));
    String first = in.readLine();
    OutputStream out = s.getOutputStream();
    out.write(
        ("HTTP/1.0 200 OK\r\nContent-Type: text/plain\r\n\r\nhttp saw " + first)
            .getBytes(StandardCharsets.UTF_8));
    out.flush();
  }

  private Socket client() throws IOException {
    Socket c = new Socket(InetAddress.getLoopbackAddress(), mux.port());
    c.setSoTimeout(5_000);
    return c;
  }

  @Test
  void stratumLinesGoThroughTheRelayBothWays() throws IOException {
    try (Socket c = client()) {
      PrintWriter out = new PrintWriter(c.getOutputStream(), true, StandardCharsets.UTF_8);
      BufferedReader in =
          new BufferedReader(new InputStreamReader(c.getInputStream(), StandardCharsets.UTF_8));
      String subscribe = "{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}";
      out.println(subscribe);
      assertThat(in.readLine()).isEqualTo("echo " + subscribe);
      out.println("{\"id\":2}");
      assertThat(in.readLine()).isEqualTo("echo {\"id\":2}");
    }
  }

  @Test
  void httpOnTheSamePortReachesTheHttpServer() throws IOException {
    try (Socket c = client()) {
      c.getOutputStream().write("GET /rate HTTP/1.0\r\n\r\n".getBytes(StandardCharsets.UTF_8));
      String answer = new String(c.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(answer).startsWith("HTTP/1.0 200 OK").endsWith("http saw GET /rate HTTP/1.0");
    }
  }

  @Test
  void aDeadStratumServerClosesTheMinerConnection() throws IOException {
    stratum.close();
    try (Socket c = client()) {
      c.getOutputStream().write("{\"id\":1}\n".getBytes(StandardCharsets.UTF_8));
      assertThat(c.getInputStream().read()).isEqualTo(-1);
    }
  }
}
