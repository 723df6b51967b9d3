/**
 * Logback set-up for the node: an operator-readable console format ({@code HH:mm:ss.SSS LEVEL
 * [component] message}) and a rolling file log in the data directory, configured from the {@code
 * [log]} section.
 *
 * <p>Only the node's entry point touches this package; every other module logs through the SLF4J
 * API and never depends on Logback.
 */
package org.p2poolj.node.logging;
