package org.p2poolj.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class RouterTest {
  private static final Handler A = req -> Response.json("a");
  private static final Handler B = req -> Response.json("b");
  private static final Handler C = req -> Response.json("c");

  @Test
  void matchesFixedAndParameterisedSegments() {
    Router r = new Router().get("/web/best_share_hash", A).get("/web/share/{hash}", B);
    assertThat(r.match("/web/best_share_hash").orElseThrow().handler()).isSameAs(A);
    Router.Match m = r.match("/web/share/abcd").orElseThrow();
    assertThat(m.handler()).isSameAs(B);
    assertThat(m.params()).containsEntry("hash", "abcd");
    assertThat(r.match("/web/share")).isEmpty();
    assertThat(r.match("/web/share/abcd/extra")).isEmpty();
    assertThat(r.match("/nothing")).isEmpty();
  }

  @Test
  void trailingAndDoubledSlashesAreIgnored() {
    Router r = new Router().get("/rate", A).get("/", C);
    assertThat(r.match("/rate/").orElseThrow().handler()).isSameAs(A);
    assertThat(r.match("//rate").orElseThrow().handler()).isSameAs(A);
    assertThat(r.match("/").orElseThrow().handler()).isSameAs(C);
  }

  @Test
  void restParameterTakesTheRemainingPath() {
    Router r = new Router().get("/files/{path...}", A);
    assertThat(r.match("/files/a/b/c").orElseThrow().params()).containsEntry("path", "a/b/c");
    assertThat(r.match("/files")).isEmpty();
  }

  @Test
  void firstRegisteredRouteWins() {
    Router r =
        new Router()
            .get("/web/graph_data/pool_rates/{view}", A)
            .get("/web/graph_data/{s}/{view}", B);
    assertThat(r.match("/web/graph_data/pool_rates/last_day").orElseThrow().handler()).isSameAs(A);
    assertThat(r.match("/web/graph_data/peers/last_day").orElseThrow().handler()).isSameAs(B);
  }

  @Test
  void patternsMustBeAbsolute() {
    assertThatThrownBy(() -> new Router().get("rate", A))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
