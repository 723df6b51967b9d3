/**
 * Prometheus {@code /metrics}: {@link org.p2poolj.web.metrics.Metrics} names every p2poolj meter
 * (hash rates, shares by status, blocks, peers, stratum sessions, template age, RPC latency, share
 * verification time) on a Micrometer Prometheus registry, plus the JVM binders. Gauges read one
 * {@link org.p2poolj.web.view.NodeView} snapshot taken per scrape, so a scrape is consistent and
 * costs one pass over the view.
 */
package org.p2poolj.web.metrics;
