/**
 * Starts and stops real litecoind regtest nodes in temporary datadirs on free loopback ports: used
 * by the integration tests and by the node's one-command demo. It only ever stops or kills the
 * processes it started itself, and every wait in it is bounded.
 */
package org.p2poolj.daemon.regtest;
