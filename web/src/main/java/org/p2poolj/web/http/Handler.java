package org.p2poolj.web.http;

/** A request handler: a function, so it is tested without sockets. */
@FunctionalInterface
public interface Handler {
  Response handle(Request request);
}
