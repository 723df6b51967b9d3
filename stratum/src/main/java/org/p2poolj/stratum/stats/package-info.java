/**
 * Per-worker mining statistics (accepted, rejected and stale submits, shares, blocks, a hash-rate
 * estimate from pseudoshare work) kept by the server and exposed as snapshots for the web API. No
 * I/O; the time is passed in.
 */
package org.p2poolj.stratum.stats;
