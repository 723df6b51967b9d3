package org.p2poolj.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** A blocking GET client for tests of the web server and of whole nodes. */
public final class Http {
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
  private static final ObjectMapper JSON = new ObjectMapper();

  private Http() {}

  public static HttpResponse<byte[]> get(String url) {
    try {
      return CLIENT.send(
          HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(20)).GET().build(),
          HttpResponse.BodyHandlers.ofByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** GETs a URL that must answer 200, as UTF-8 text. */
  public static String text(String url) {
    return new String(ok(url, get(url)).body(), StandardCharsets.UTF_8);
  }

  /** GETs a URL that must answer 200 with JSON, and parses it. */
  public static JsonNode json(String url) {
    HttpResponse<byte[]> r = ok(url, get(url));
    String type = r.headers().firstValue("Content-Type").orElse("");
    if (!type.startsWith("application/json")) {
      throw new AssertionError(url + " has content type " + type);
    }
    try {
      return JSON.readTree(r.body());
    } catch (IOException e) {
      throw new AssertionError(url + " is not JSON: " + new String(r.body()), e);
    }
  }

  private static HttpResponse<byte[]> ok(String url, HttpResponse<byte[]> r) {
    if (r.statusCode() != 200) {
      throw new AssertionError(
          url + " answered HTTP " + r.statusCode() + ": " + new String(r.body()));
    }
    return r;
  }
}
