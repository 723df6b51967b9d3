/**
 * The node's configuration: an immutable record tree with one record per TOML section, the
 * per-network defaults, and the loader that merges defaults, the TOML file and command-line
 * overrides, then validates the result with one clear message per problem.
 *
 * <p>Pure data and parsing: no logging, no sockets, no threads. The CLI package builds on this one;
 * subsystems receive their own section record and never the loader.
 */
package org.p2poolj.node.config;
