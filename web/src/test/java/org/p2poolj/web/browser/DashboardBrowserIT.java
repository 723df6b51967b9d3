package org.p2poolj.web.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.p2poolj.testkit.Http;
import org.p2poolj.web.fake.FakeNodeView;
import org.p2poolj.web.fake.TestServer;
import org.p2poolj.web.status.Units;

/**
 * Loads the dashboard in headless Debian Chromium (no browser download), waits for the charts and
 * tables to fill, checks what is shown against the JSON API, follows a link into the share
 * explorer, and saves screenshots under {@code target/screenshots}. Any console error or uncaught
 * page exception fails the test. Skipped with a reason when {@code /usr/bin/chromium} is absent.
 */
class DashboardBrowserIT {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static final double WAIT_MS = 60_000;

  private static TestServer server;
  private static Playwright playwright;
  private static BrowserContext context;
  private static Path profile;
  private static final List<String> consoleErrors = new ArrayList<>();

  @BeforeAll
  static void launch() throws IOException {
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "skipped: /usr/bin/chromium is not installed (apt-get install -y chromium)");
    server = new TestServer();
    Files.createDirectories(SHOTS);
    profile = Files.createTempDirectory("p2poolj-chromium-");
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    context =
        playwright
            .chromium()
            .launchPersistentContext(
                profile,
                new BrowserType.LaunchPersistentContextOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setViewportSize(1400, 1000)
                    .setArgs(
                        List.of(
                            "--headless",
                            "--no-sandbox",
                            "--disable-gpu",
                            "--disable-quic",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void close() throws IOException {
    if (context != null) {
      context.close();
    }
    if (playwright != null) {
      playwright.close();
    }
    if (server != null) {
      server.close();
    }
    if (profile != null) {
      try (Stream<Path> files = Files.walk(profile)) {
        files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Page newPage() {
    Page page = context.newPage();
    page.onConsoleMessage(
        m -> {
          if ("error".equals(m.type())) {
            consoleErrors.add(m.text() + " @ " + m.location());
          }
        });
    page.onPageError(e -> consoleErrors.add("uncaught: " + e));
    return page;
  }

  private static JsonNode api(String path) {
    return Http.json(server.baseUrl() + path);
  }

  private static String text(Page page, String selector) {
    return page.locator(selector).innerText().trim();
  }

  private static double value(Page page, String selector) {
    return Double.parseDouble(page.locator(selector).getAttribute("data-value"));
  }

  private static int rows(Page page, String table) {
    return Integer.parseInt(page.locator("#" + table).getAttribute("data-rows"));
  }

  @Test
  void dashboardShowsWhatTheApiSays() {
    Page page = newPage();
    page.navigate(server.baseUrl() + "/");
    page.waitForFunction(
        "() => document.body.dataset.loaded === '1'"
            + " && ['chart-pool','chart-local'].every(id =>"
            + " Number(document.getElementById(id).dataset.points) > 0)",
        null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));

    JsonNode global = api("/global_stats");
    JsonNode local = api("/local_stats");
    JsonNode payouts = api("/current_payouts");
    String addr = api("/payout_addr").asText();

    assertThat(text(page, "#pool-rate"))
        .isEqualTo(Units.hashRate(global.get("pool_hash_rate").asDouble()));
    assertThat(value(page, "#pool-rate"))
        .isCloseTo(global.get("pool_hash_rate").asDouble(), within(1e-3));
    double localRate = 0;
    for (JsonNode v : local.get("miner_hash_rates")) {
      localRate += v.asDouble();
    }
    assertThat(text(page, "#local-rate")).isEqualTo(Units.hashRate(localRate));
    assertThat(value(page, "#my-payout")).isEqualTo(payouts.get(addr).asDouble());
    assertThat(text(page, "#my-payout"))
        .startsWith(String.format("%.4f", payouts.get(addr).asDouble()));
    assertThat(value(page, "#time-to-share"))
        .isCloseTo(local.get("attempts_to_share").asDouble() / localRate, within(1e-6));
    assertThat(value(page, "#shares-total")).isEqualTo(local.get("shares").get("total").asDouble());
    assertThat(text(page, "#warnings")).contains(local.get("warnings").get(0).asText());

    assertThat(rows(page, "miners")).isEqualTo(local.get("miner_hash_rates").size());
    assertThat(rows(page, "workers")).isEqualTo(api("/api/v1/workers").size());
    assertThat(rows(page, "blocks")).isEqualTo(api("/recent_blocks").size());
    assertThat(rows(page, "peers")).isEqualTo(api("/api/v1/peers").size());
    assertThat(rows(page, "bans")).isEqualTo(api("/api/v1/bans").size());
    assertThat(rows(page, "shares")).isEqualTo(Math.min(10, api("/web/my_share_hashes").size()));
    assertThat(value(page, "#peer-count")).isEqualTo(api("/api/v1/peers").size());
    assertThat(text(page, "#health-badge")).isEqualTo(api("/api/v1/health").get("status").asText());
    assertThat(value(page, "#sync-share-text"))
        .isCloseTo(api("/api/v1/sync").get("share_chain_progress").asDouble(), within(1e-9));

    // The biggest miner comes first, with the API's hash rate.
    Locator firstMiner = page.locator("#miners tbody tr").first().locator("td").nth(1);
    double maxRate = 0;
    for (JsonNode v : local.get("miner_hash_rates")) {
      maxRate = Math.max(maxRate, v.asDouble());
    }
    assertThat(Double.parseDouble(firstMiner.getAttribute("data-value"))).isEqualTo(maxRate);

    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard.png")).setFullPage(true));

    // Switching the pool chart to the week view redraws it from the week's bins.
    page.locator(".views[data-chart=pool] button[data-view=last_week]").click();
    page.waitForFunction(
        "() => document.querySelector('.views[data-chart=pool] button.on').dataset.view === 'last_week'"
            + " && Number(document.getElementById('chart-pool').dataset.points) > 0",
        null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    page.locator("#chart-pool")
        .screenshot(new Locator.ScreenshotOptions().setPath(SHOTS.resolve("pool-week.png")));

    // A recent block's share link opens the share explorer for that share.
    JsonNode block = api("/recent_blocks").get(0);
    page.locator("#blocks tbody tr").first().locator("a[href^='/share']").click();
    page.waitForFunction(
        "() => document.body.dataset.loaded === '1'",
        null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    JsonNode share = api("/web/share/" + block.get("share").asText());
    assertThat(text(page, "#share-hash")).isEqualTo(block.get("share").asText());
    assertThat(text(page, "#chain")).contains(share.get("parent").asText());
    assertThat(text(page, "#header")).contains(share.get("block").get("hash").asText());
    assertThat(text(page, "#share-data"))
        .contains(share.get("share_data").get("payout_address").asText());
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("share.png")).setFullPage(true));
    page.close();

    assertThat(consoleErrors).as("browser console errors").isEmpty();
    assertThat(SHOTS.resolve("dashboard.png")).isNotEmptyFile();
  }

  @Test
  void freshNodeWithoutStatsStillRenders() {
    FakeNodeView fresh = new FakeNodeView(Clock.systemUTC(), 21);
    fresh.setHeight(3);
    try (TestServer young = new TestServer(fresh)) {
      assertThat(Http.json(young.baseUrl() + "/local_stats").isNull()).isTrue();
      Page page = newPage();
      page.navigate(young.baseUrl() + "/");
      page.waitForFunction(
          "() => document.body.dataset.loaded === '1'"
              + " && document.getElementById('chart-pool').dataset.rendered === '1'",
          null,
          new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
      assertThat(text(page, "#pool-rate")).isEqualTo("\u2013");
      assertThat(rows(page, "peers")).isEqualTo(fresh.peers().size());
      page.screenshot(
          new Page.ScreenshotOptions().setPath(SHOTS.resolve("fresh-node.png")).setFullPage(true));
      page.close();
    }
    assertThat(consoleErrors).as("browser console errors").isEmpty();
  }
}
