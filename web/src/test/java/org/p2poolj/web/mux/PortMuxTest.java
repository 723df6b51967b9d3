package org.p2poolj.web.mux;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.Http;
import org.p2poolj.web.fake.TestServer;

/** One port, two protocols: a stratum JSON line and an HTTP GET, each reaching its handler. */
class PortMuxTest {
  private static TestServer web;
  private static PortMux mux;

  /** A stand-in stratum handler: answers each line with {@code echo:<line>}. */
  private static void echo(Socket s) {
    Thread.ofVirtual()
        .start(
            () -> {
              try (s;
                  BufferedReader in =
                      new BufferedReader(
                          new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))) {
                OutputStream out = s.getOutputStream();
                String line;
                while ((line = in.readLine()) != null) {
                  out.write(("echo:" + line + "\n").getBytes(StandardCharsets.UTF_8));
                  out.flush();
                }
              } catch (IOException e) {
                // Client went away.
              }
            });
  }

  @BeforeAll
  static void start() {
    web = new TestServer();
    mux =
        new PortMux(
            new InetSocketAddress("127.0.0.1", 0),
            PortMuxTest::echo,
            new InetSocketAddress("127.0.0.1", web.server().port()),
            Duration.ofMillis(500));
    mux.start();
  }

  @AfterAll
  static void stop() {
    mux.stop();
    web.close();
  }

  private static String stratumRoundTrip(String line) {
    try (Socket s = new Socket("127.0.0.1", mux.port())) {
      s.setSoTimeout(10_000);
      s.getOutputStream().write((line + "\n").getBytes(StandardCharsets.UTF_8));
      return new BufferedReader(new InputStreamReader(s.getInputStream(), StandardCharsets.UTF_8))
          .readLine();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Test
  void jsonLineGoesToStratumWithItsFirstByteIntact() {
    String subscribe = "{\"id\":1,\"method\":\"mining.subscribe\",\"params\":[]}";
    assertThat(stratumRoundTrip(subscribe)).isEqualTo("echo:" + subscribe);
  }

  @Test
  void httpGetGoesToTheWebServer() {
    String direct = new String(Http.get(web.baseUrl() + "/web/version").body());
    HttpResponse<byte[]> viaMux = Http.get("http://127.0.0.1:" + mux.port() + "/web/version");
    assertThat(viaMux.statusCode()).isEqualTo(200);
    assertThat(new String(viaMux.body())).isEqualTo(direct);
    assertThat(Http.get("http://127.0.0.1:" + mux.port() + "/no/such").statusCode()).isEqualTo(404);
  }

  @Test
  void bothProtocolsConcurrentlyOnTheSamePort() throws Exception {
    try (ExecutorService ex = Executors.newVirtualThreadPerTaskExecutor()) {
      List<Future<String>> results = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        int n = i;
        Callable<String> task =
            n % 2 == 0
                ? () -> stratumRoundTrip("{\"id\":" + n + "}")
                : () -> new String(Http.get("http://127.0.0.1:" + mux.port() + "/fee").body());
        results.add(ex.submit(task));
      }
      for (int i = 0; i < results.size(); i++) {
        String r = results.get(i).get();
        assertThat(r)
            .isEqualTo(
                i % 2 == 0
                    ? "echo:{\"id\":" + i + "}"
                    : String.valueOf(web.view().info().feePercent()));
      }
    }
  }

  @Test
  void silentClientIsDropped() throws IOException {
    try (Socket s = new Socket("127.0.0.1", mux.port())) {
      s.setSoTimeout(10_000);
      assertThat(s.getInputStream().read()).isEqualTo(-1);
    }
  }

  @Test
  void stoppedMuxRefusesConnections() {
    PortMux m =
        new PortMux(
            new InetSocketAddress("127.0.0.1", 0),
            PortMuxTest::echo,
            new InetSocketAddress("127.0.0.1", web.server().port()),
            Duration.ofSeconds(1));
    m.start();
    int port = m.port();
    m.stop();
    m.stop();
    assertThatThrownBy(() -> new Socket("127.0.0.1", port).close())
        .isInstanceOf(ConnectException.class);
  }
}
