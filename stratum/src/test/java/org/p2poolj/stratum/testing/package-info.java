/** Test fixtures for the stratum module: fake work sources and sinks, job builders, a harness. */
package org.p2poolj.stratum.testing;
