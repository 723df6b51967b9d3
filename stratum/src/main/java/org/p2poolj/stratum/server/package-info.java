/**
 * The Stratum TCP server: an accept loop and, per connection, a reader and a writer on virtual
 * threads around a bounded outgoing queue; the job cache that builds each payout's job once per
 * work change and broadcasts its prebuilt notify line; a ticker for vardiff easing and job expiry;
 * limits (sessions, idle timeout, line length, flood, garbage) and counters. The protocol itself
 * lives in the session package.
 */
package org.p2poolj.stratum.server;
