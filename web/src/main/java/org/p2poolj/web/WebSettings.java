package org.p2poolj.web;

import java.time.Duration;

/**
 * The {@code [web]} settings the front end needs.
 *
 * @param bindHost address to listen on ({@code 127.0.0.1} to keep the dashboard private)
 * @param port the web port; when the node shares it with stratum this is the worker port
 * @param statusInterval how often the console status line is printed
 * @param graphSampleInterval how often gauge streams are sampled (reference: 5 s)
 * @param graphSaveInterval how often the graph history is written to the store (reference: 100 s)
 */
public record WebSettings(
    String bindHost,
    int port,
    Duration statusInterval,
    Duration graphSampleInterval,
    Duration graphSaveInterval) {

  public WebSettings {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("web port out of range: " + port);
    }
    for (Duration d : new Duration[] {statusInterval, graphSampleInterval, graphSaveInterval}) {
      if (d.isZero() || d.isNegative()) {
        throw new IllegalArgumentException("intervals must be positive");
      }
    }
  }

  /** The reference's cadence: status every 3 s, samples every 5 s, saves every 100 s. */
  public static WebSettings defaults(String bindHost, int port) {
    return new WebSettings(
        bindHost, port, Duration.ofSeconds(3), Duration.ofSeconds(5), Duration.ofSeconds(100));
  }
}
