package org.p2poolj.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.Http;

class WebServerTest {
  private static WebServer server() {
    Router r =
        new Router()
            .get("/ok", req -> Response.json(Map.of("q", req.query().getOrDefault("x", "-"))))
            .get("/nan", req -> Response.json(List.of(Double.NaN, 1.5, Double.POSITIVE_INFINITY)))
            .get(
                "/bad",
                req -> {
                  throw HttpError.badRequest("bad thing");
                })
            .get(
                "/boom",
                req -> {
                  throw new IllegalStateException("secret detail");
                });
    return new WebServer(new InetSocketAddress("127.0.0.1", 0), r);
  }

  private static Object body(Response r) {
    return ((Response.Json) r).body();
  }

  @Test
  void mapsErrorsToJson() {
    WebServer s = server();
    Response missing = s.respond("GET", URI.create("/missing"));
    assertThat(missing.status()).isEqualTo(404);
    assertThat(body(missing)).isEqualTo(Map.of("error", "not found: /missing"));
    Response bad = s.respond("GET", URI.create("/bad"));
    assertThat(bad.status()).isEqualTo(400);
    assertThat(body(bad)).isEqualTo(Map.of("error", "bad thing"));
    Response boom = s.respond("GET", URI.create("/boom"));
    assertThat(boom.status()).isEqualTo(500);
    assertThat(Json.string(body(boom))).doesNotContain("secret");
    assertThat(s.respond("POST", URI.create("/ok")).status()).isEqualTo(405);
    assertThat(s.respond("OPTIONS", URI.create("/ok")).status()).isEqualTo(204);
    assertThat(body(s.respond("GET", URI.create("/ok?x=7&y")))).isEqualTo(Map.of("q", "7"));
  }

  @Test
  void nonFiniteNumbersBecomeNull() {
    assertThat(Json.string(List.of(Double.NaN, 1.5, Double.POSITIVE_INFINITY)))
        .isEqualTo("[null,1.5,null]");
  }

  @Test
  void servesOverHttpWithCorsAndStopsIdempotently() throws Exception {
    WebServer s = server();
    assertThatThrownBy(s::port).isInstanceOf(IllegalStateException.class);
    s.start();
    s.start();
    assertThat(s.running()).isTrue();
    String base = "http://127.0.0.1:" + s.port();
    HttpResponse<byte[]> r = Http.get(base + "/nan");
    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(new String(r.body())).isEqualTo("[null,1.5,null]");
    assertThat(r.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    assertThat(r.headers().firstValue("Content-Type")).hasValue("application/json");
    HttpResponse<Void> head =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create(base + "/ok"))
                    .method("HEAD", HttpRequest.BodyPublishers.noBody())
                    .build(),
                HttpResponse.BodyHandlers.discarding());
    assertThat(head.statusCode()).isEqualTo(200);
    s.stop();
    s.stop();
    assertThat(s.running()).isFalse();
    s.start();
    assertThat(s.running()).as("a stopped server stays stopped").isFalse();
  }

  @Test
  void staticFilesRefuseUnsafeNames() {
    StaticFiles files = new StaticFiles("org/p2poolj/web/static");
    assertThat(files.serve("index.html").status()).isEqualTo(200);
    assertThat(((Response.Bytes) files.serve("app.js")).contentType())
        .startsWith("text/javascript");
    for (String name : List.of("../index.html", "a/b.js", "index", "nope.html", "x.exe")) {
      assertThatThrownBy(() -> files.serve(name)).as(name).isInstanceOf(HttpError.class);
    }
  }
}
