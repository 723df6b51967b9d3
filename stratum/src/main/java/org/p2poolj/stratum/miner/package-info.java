/**
 * A small CPU miner that speaks Stratum v1 over TCP like a real one (configure with version
 * rolling, subscribe, authorize, notify, set_difficulty, submit) and hashes with the chain's {@link
 * org.p2poolj.coin.hash.PowFunction}. For tests and the node's regtest demo; bounded in time and
 * shares. Uses the job and submit packages' byte-order helpers, nothing of the server.
 */
package org.p2poolj.stratum.miner;
