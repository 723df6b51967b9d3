package org.p2poolj.web.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Serves the dashboard's files from the classpath. Only flat, plain names are served, so no path
 * can climb out of the resource folder.
 */
public final class StaticFiles {
  private static final Pattern SAFE_NAME = Pattern.compile("[A-Za-z0-9_-]+(\\.[A-Za-z0-9]+)+");
  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "ico", "image/x-icon",
          "json", "application/json");

  private final String root;

  /**
   * @param root classpath folder, e.g. {@code org/p2poolj/web/static}
   */
  public StaticFiles(String root) {
    this.root = root.endsWith("/") ? root : root + "/";
  }

  /** A handler for one fixed file. */
  public Handler file(String name) {
    return req -> serve(name);
  }

  /** A handler for a route with a {@code {file}} parameter. */
  public Handler byParam(String param) {
    return req -> serve(req.param(param));
  }

  public Response serve(String name) {
    if (!SAFE_NAME.matcher(name).matches()) {
      throw HttpError.notFound("no such file: " + name);
    }
    String ext = name.substring(name.lastIndexOf('.') + 1);
    String type = TYPES.get(ext);
    if (type == null) {
      throw HttpError.notFound("no such file: " + name);
    }
    try (InputStream in = StaticFiles.class.getClassLoader().getResourceAsStream(root + name)) {
      if (in == null) {
        throw HttpError.notFound("no such file: " + name);
      }
      return Response.bytes(type, in.readAllBytes());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
