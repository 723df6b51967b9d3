/**
 * The Stratum v1 wire format: newline-delimited JSON-RPC. Parses a bounded line into a {@link
 * org.p2poolj.stratum.json.StratumRequest} and encodes the outgoing messages ({@link
 * org.p2poolj.stratum.json.Outgoing}) to lines. Pure: no sockets, clocks or logging; depends only
 * on Jackson.
 */
package org.p2poolj.stratum.json;
