package org.p2poolj.web.http;

import java.nio.charset.StandardCharsets;

/** What a handler answers: a status, a content type and a body. */
public sealed interface Response {

  int status();

  /** A value serialised with Jackson ({@code application/json}). */
  record Json(int status, Object body) implements Response {}

  /** Raw bytes with a given content type. */
  record Bytes(int status, String contentType, byte[] body) implements Response {}

  static Response json(Object body) {
    return new Json(200, body);
  }

  static Response bytes(String contentType, byte[] body) {
    return new Bytes(200, contentType, body);
  }

  static Response text(String contentType, String body) {
    return new Bytes(200, contentType, body.getBytes(StandardCharsets.UTF_8));
  }
}
