/**
 * The Stratum load benchmark: {@link org.p2poolj.bench.stratum.StratumLoadBench} runs the server
 * in-process with a fake work source and starts {@link org.p2poolj.bench.stratum.StratumLoadClient}
 * in a separate JVM, which opens thousands of loopback sessions that submit at a steady rate. It
 * measures submit latency, the time to notify every session of a new job, and the server's heap.
 */
package org.p2poolj.bench.stratum;
