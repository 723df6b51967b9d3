package org.p2poolj.web;

import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.p2poolj.web.api.WebApi;
import org.p2poolj.web.graph.GraphCodec;
import org.p2poolj.web.graph.GraphDatabase;
import org.p2poolj.web.graph.GraphRecorder;
import org.p2poolj.web.graph.GraphStore;
import org.p2poolj.web.graph.StatLog;
import org.p2poolj.web.http.WebServer;
import org.p2poolj.web.metrics.Metrics;
import org.p2poolj.web.mux.PortMux;
import org.p2poolj.web.status.StatusLine;
import org.p2poolj.web.status.StatusReporter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Everything the web module runs, as one service for the node: the HTTP server (behind a {@link
 * PortMux} when stratum shares the port), {@code /metrics}, the status line, the graph sampler and
 * the periodic save of the graph history. Start loads the saved history; stop saves it. Idempotent
 * start and stop; not restartable.
 */
public final class WebFrontEnd implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(WebFrontEnd.class);
  private static final java.time.Duration FIRST_BYTE_TIMEOUT = java.time.Duration.ofSeconds(30);

  private final WebSettings settings;
  private final org.p2poolj.web.view.NodeView view;
  private final GraphDatabase graphs;
  private final GraphStore graphStore;
  private final Optional<Consumer<Socket>> sharedStratum;
  private final Clock clock;
  private final Metrics metrics;
  private final GraphRecorder recorder;
  private final StatLog statLog = new StatLog();
  private final StatusReporter status;
  private WebServer server;
  private PortMux mux;
  private ScheduledExecutorService scheduler;
  private boolean started;
  private boolean stopped;

  /**
   * @param view the node, read-only
   * @param graphs the history the view's {@code graphs()} serves; the node's event hooks feed it
   *     through {@link #recorder()}
   * @param graphStore where the history is kept between runs
   * @param sharedStratum present when stratum shares the web port: takes over stratum connections
   * @param statusSink receives the console status line
   */
  public WebFrontEnd(
      WebSettings settings,
      org.p2poolj.web.view.NodeView view,
      GraphDatabase graphs,
      GraphStore graphStore,
      Optional<Consumer<Socket>> sharedStratum,
      Consumer<String> statusSink,
      Clock clock) {
    this.settings = settings;
    this.view = view;
    this.graphs = graphs;
    this.graphStore = graphStore;
    this.sharedStratum = sharedStratum;
    this.clock = clock;
    this.metrics = new Metrics(view);
    this.recorder = new GraphRecorder(graphs);
    this.status =
        new StatusReporter(() -> StatusLine.format(view), statusSink, settings.statusInterval());
  }

  public synchronized void start() {
    if (started || stopped) {
      return;
    }
    started = true;
    loadGraphs();
    InetSocketAddress publicAddr = new InetSocketAddress(settings.bindHost(), settings.port());
    InetSocketAddress httpAddr =
        sharedStratum.isPresent() ? new InetSocketAddress("127.0.0.1", 0) : publicAddr;
    server = new WebServer(httpAddr, WebApi.router(view, metrics, statLog, clock));
    server.start();
    if (sharedStratum.isPresent()) {
      mux =
          new PortMux(
              publicAddr,
              sharedStratum.get(),
              new InetSocketAddress("127.0.0.1", server.port()),
              FIRST_BYTE_TIMEOUT);
      mux.start();
    }
    scheduler =
        Executors.newSingleThreadScheduledExecutor(
            r -> Thread.ofPlatform().daemon().name("web-graphs").unstarted(r));
    long sample = settings.graphSampleInterval().toMillis();
    long save = settings.graphSaveInterval().toMillis();
    scheduler.scheduleAtFixedRate(this::sampleGraphs, sample, sample, TimeUnit.MILLISECONDS);
    scheduler.scheduleAtFixedRate(this::saveGraphs, save, save, TimeUnit.MILLISECONDS);
    long log = (long) (StatLog.PERIOD_SECONDS * 1000);
    scheduler.scheduleAtFixedRate(this::sampleStatLog, 0, log, TimeUnit.MILLISECONDS);
    status.start();
  }

  private void loadGraphs() {
    try {
      graphStore.load(GraphStore.GRAPHS).ifPresent(json -> GraphCodec.load(json, graphs));
    } catch (RuntimeException e) {
      // Old or damaged history must not stop the node; the charts start empty.
      LOG.warn("graph history not loaded, starting empty: {}", e.toString());
    }
    try {
      graphStore.load(GraphStore.STAT_LOG).ifPresent(statLog::load);
    } catch (RuntimeException e) {
      LOG.warn("stat log not loaded, starting empty: {}", e.toString());
    }
  }

  private void sampleGraphs() {
    try {
      recorder.sample(view, clock.millis() / 1000.0);
    } catch (RuntimeException e) {
      LOG.warn("graph sample failed", e);
    }
  }

  private void sampleStatLog() {
    try {
      statLog.sample(view, clock.millis() / 1000.0);
    } catch (RuntimeException e) {
      LOG.warn("stat log sample failed", e);
    }
  }

  /** Writes the graph history and the stat log to the store now. */
  public void saveGraphs() {
    try {
      graphStore.save(GraphStore.GRAPHS, GraphCodec.toJson(graphs));
      graphStore.save(GraphStore.STAT_LOG, statLog.toJson());
    } catch (RuntimeException e) {
      LOG.warn("graph history not saved: {}", e.toString());
    }
  }

  /** The port clients use: the shared port when muxing, else the web server's. */
  public synchronized int port() {
    if (!started) {
      throw new IllegalStateException("not started");
    }
    return mux != null ? mux.port() : server.port();
  }

  /** Meters the node records into (RPC latency, share verification). */
  public Metrics metrics() {
    return metrics;
  }

  /** Event hooks for the graph streams (pseudoshares, shares, traffic, template latency). */
  public GraphRecorder recorder() {
    return recorder;
  }

  public synchronized void stop() {
    if (stopped) {
      return;
    }
    stopped = true;
    if (!started) {
      return;
    }
    status.stop();
    scheduler.shutdownNow();
    if (mux != null) {
      mux.stop();
    }
    server.stop();
    saveGraphs();
    metrics.close();
  }

  @Override
  public void close() {
    stop();
  }
}
