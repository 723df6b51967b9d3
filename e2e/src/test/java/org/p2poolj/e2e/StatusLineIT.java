package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.testkit.Http;
import org.slf4j.LoggerFactory;

/** The console status line of the running node: printed every few seconds, with live figures. */
@ExtendWith(DemoNodeExtension.class)
class StatusLineIT {
  private static final Pattern LINE =
      Pattern.compile(
          "Pool: \\S+ \\S*H/s  Local: \\S+ \\S*H/s.*  Shares: (\\d+) \\((\\d+) orphan, (\\d+) dead\\)"
              + "  Peers: \\d+ in / \\d+ out  Payout: [0-9.]+ (\\S+)  Best: ([0-9a-f]{8}).*");

  @Test
  void statusLineShowsSharesPeersAndPayout(DemoNode node) throws InterruptedException {
    Logger status = (Logger) LoggerFactory.getLogger("status");
    ListAppender<ILoggingEvent> lines = new ListAppender<>();
    lines.start();
    // The bootstrap logback.xml shows warnings only until "run" configures logging.
    Level level = status.getLevel();
    status.setLevel(Level.INFO);
    status.addAppender(lines);
    try {
      long deadline = System.nanoTime() + 10_000_000_000L;
      while (lines.list.size() < 2 && System.nanoTime() < deadline) {
        Thread.sleep(100);
      }
      // Two lines within 10 s: the reference's cadence is one every 3 s.
      assertThat(lines.list).hasSizeGreaterThanOrEqualTo(2);
      String line = lines.list.getLast().getFormattedMessage();
      Matcher m = LINE.matcher(line);
      assertThat(m.matches()).as(line).isTrue();
      assertThat(Long.parseLong(m.group(1))).isPositive();
      assertThat(m.group(4)).isEqualTo(DemoNode.PARAMS.symbol());
      String best = Http.json(node.baseUrl() + "/web/best_share_hash").asText();
      // The best share moves on quickly on regtest; it must at least be a share the node knows.
      assertThat(Http.get(node.baseUrl() + "/web/share/" + best).statusCode()).isEqualTo(200);
    } finally {
      status.detachAppender(lines);
      status.setLevel(level);
    }
  }
}
