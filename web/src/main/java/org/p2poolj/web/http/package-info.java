/**
 * A small HTTP layer on the JDK's {@code com.sun.net.httpserver}: {@link
 * org.p2poolj.web.http.WebServer} (virtual-thread executor, idempotent start and stop), a path
 * {@link org.p2poolj.web.http.Router} with {@code {name}} segments, handlers as functions from
 * {@link org.p2poolj.web.http.Request} to {@link org.p2poolj.web.http.Response}, JSON via Jackson,
 * CORS {@code *} on every answer, and JSON errors (400, 404, 405, 500). Knows nothing of p2pool.
 */
package org.p2poolj.web.http;
