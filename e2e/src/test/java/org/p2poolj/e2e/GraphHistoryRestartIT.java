package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.testkit.Http;

/**
 * The graph history survives a restart: it is saved to the node's SQLite store when the web service
 * stops and loaded when it starts. Runs last (it restarts the suite's node, without the miner).
 */
@Order(Integer.MAX_VALUE)
@ExtendWith(DemoNodeExtension.class)
class GraphHistoryRestartIT {

  private static double localWork(JsonNode bins) {
    double sum = 0;
    for (JsonNode b : bins) {
      if (b.get(1).isNumber()) {
        sum += b.get(1).asDouble() * b.get(2).asDouble();
      }
    }
    return sum;
  }

  @Test
  void chartsSurviveARestart(DemoNode node) throws Exception {
    String url = node.baseUrl() + "/web/graph_data/local_hash_rate/last_day";
    double before = localWork(Http.json(url));
    assertThat(before).isPositive();
    long heightBefore =
        Http.json(node.baseUrl() + "/api/v1/sync").get("share_chain_height").asLong();

    node.restartWithoutMiner();

    // Nothing mines now, so all local work in the day view was recorded before the restart.
    double after =
        localWork(Http.json(node.baseUrl() + "/web/graph_data/local_hash_rate/last_day"));
    assertThat(after).isGreaterThanOrEqualTo(before * 0.99);
    // The share chain came back from the store too.
    assertThat(Http.json(node.baseUrl() + "/api/v1/sync").get("share_chain_height").asLong())
        .isGreaterThanOrEqualTo(heightBefore);
  }
}
