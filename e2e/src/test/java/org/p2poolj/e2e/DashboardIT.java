package org.p2poolj.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.p2poolj.testkit.Http;

/**
 * The dashboard of the running demo node in headless Debian Chromium (Playwright, no browser
 * download): waits until the charts have points and the tables are filled, compares what is shown
 * with the JSON API, opens the share explorer from a found block, and saves screenshots under
 * {@code target/screenshots}. A console error or an uncaught page exception fails the test.
 */
@ExtendWith(DemoNodeExtension.class)
class DashboardIT {
  private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
  private static final Path SHOTS = Paths.get("target", "screenshots");
  private static final double WAIT_MS = 60_000;
  private static final List<String> consoleErrors = new ArrayList<>();

  private static DemoNode node;
  private static Playwright playwright;
  private static Browser browser;

  @BeforeAll
  static void launch(DemoNode demo) throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      System.out.println("DashboardIT aborted: " + CHROMIUM + " is not installed");
    }
    Assumptions.assumeTrue(
        Files.isExecutable(CHROMIUM),
        "aborted: /usr/bin/chromium is not installed (apt-get install -y chromium)");
    node = demo;
    Files.createDirectories(SHOTS);
    playwright =
        Playwright.create(
            new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
    browser =
        playwright
            .chromium()
            .launch(
                new BrowserType.LaunchOptions()
                    .setExecutablePath(CHROMIUM)
                    .setHeadless(true)
                    .setArgs(
                        List.of(
                            "--no-sandbox",
                            "--disable-gpu",
                            "--no-first-run",
                            "--disable-background-networking",
                            "--disable-component-update",
                            "--disable-sync")));
  }

  @AfterAll
  static void close() {
    if (browser != null) {
      browser.close();
    }
    if (playwright != null) {
      playwright.close();
    }
  }

  private static Page newPage() {
    Page page = browser.newPage(new Browser.NewPageOptions().setViewportSize(1400, 1000));
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
    return Http.json(node.baseUrl() + path);
  }

  private static double value(Page page, String selector) {
    return Double.parseDouble(page.locator(selector).getAttribute("data-value"));
  }

  private static int rows(Page page, String table) {
    return Integer.parseInt(page.locator("#" + table).getAttribute("data-rows"));
  }

  @Test
  void dashboardShowsTheRunningNode() {
    Page page = newPage();
    long t0 = System.nanoTime();
    page.navigate(node.baseUrl() + "/");
    // The pool chart opens on the day view, whose only bin is still filling on a young node; the
    // hour view has its points from the first minutes.
    page.locator(".views[data-chart=pool] button[data-view=last_hour]").click();
    try {
      page.waitForFunction(
          "() => document.body.dataset.loaded === '1'"
              + " && ['chart-pool','chart-local'].every(id =>"
              + " Number(document.getElementById(id).dataset.points) > 0)"
              + " && Number(document.getElementById('miners').dataset.rows) > 0"
              + " && Number(document.getElementById('blocks').dataset.rows) > 0",
          null,
          new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
      System.out.printf(
          "DashboardIT: page filled in %d ms%n", (System.nanoTime() - t0) / 1_000_000);
    } catch (PlaywrightException e) {
      page.screenshot(
          new Page.ScreenshotOptions().setPath(SHOTS.resolve("timeout.png")).setFullPage(true));
      throw new AssertionError(
          "the dashboard did not fill: "
              + page.evaluate(
                  "() => JSON.stringify({loaded: document.body.dataset.loaded,"
                      + " pool: document.getElementById('chart-pool').dataset.points,"
                      + " local: document.getElementById('chart-local').dataset.points,"
                      + " miners: document.getElementById('miners').dataset.rows,"
                      + " blocks: document.getElementById('blocks').dataset.rows})")
              + "; console errors: "
              + consoleErrors,
          e);
    }

    JsonNode global = api("/global_stats");
    JsonNode local = api("/local_stats");
    JsonNode payouts = api("/current_payouts");
    String addr = api("/payout_addr").asText();

    // Rates move between the page's poll and ours; they must agree to within a few percent.
    assertThat(value(page, "#pool-rate"))
        .isCloseTo(
            global.get("pool_hash_rate").asDouble(),
            within(0.25 * global.get("pool_hash_rate").asDouble()));
    double localRate = 0;
    for (JsonNode v : local.get("miner_hash_rates")) {
      localRate += v.asDouble();
    }
    assertThat(value(page, "#local-rate")).isCloseTo(localRate, within(0.25 * localRate));
    assertThat(value(page, "#my-payout")).isCloseTo(payouts.path(addr).asDouble(0), within(0.5));
    assertThat(value(page, "#shares-total"))
        .isBetween(1.0, local.get("shares").get("total").asDouble());
    assertThat(page.locator("#payout-addr").innerText()).contains(addr);

    assertThat(rows(page, "miners")).isEqualTo(local.get("miner_hash_rates").size());
    assertThat(rows(page, "workers")).isEqualTo(api("/api/v1/workers").size());
    assertThat(rows(page, "blocks")).isBetween(1, api("/recent_blocks").size());
    assertThat(rows(page, "peers")).isZero();
    assertThat(page.locator("#workers tbody").innerText()).contains(node.minerAddress() + ".e2e");
    assertThat(page.locator("#health-badge").innerText().trim())
        .isEqualTo(api("/api/v1/health").get("status").asText());
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("dashboard.png")).setFullPage(true));

    // A found block's share link opens the explorer on that share.
    page.locator("#blocks tbody tr").first().locator("a[href^='/share']").click();
    page.waitForFunction(
        "() => document.body.dataset.loaded === '1'",
        null,
        new Page.WaitForFunctionOptions().setTimeout(WAIT_MS));
    String shown = page.locator("#share-hash").innerText().trim();
    JsonNode share = api("/web/share/" + shown);
    assertThat(page.locator("#header").innerText())
        .contains(share.get("block").get("hash").asText());
    assertThat(page.locator("#share-data").innerText())
        .contains(share.get("share_data").get("payout_address").asText());
    page.screenshot(
        new Page.ScreenshotOptions().setPath(SHOTS.resolve("share.png")).setFullPage(true));
    page.close();

    assertThat(consoleErrors).as("browser console errors").isEmpty();
    assertThat(SHOTS.resolve("dashboard.png")).isNotEmptyFile();
  }
}
