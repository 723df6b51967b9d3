/**
 * Binned time-series history behind {@code /web/graph_data/<stream>/<view>} and the dashboard
 * charts, with the reference p2pool semantics: each view is a fixed number of bins newest first, a
 * gauge stream averages its samples per bin, a rate stream divides the summed amount by the bin
 * width. {@link org.p2poolj.web.graph.GraphDatabase} is the in-memory store; it serialises to JSON
 * so the node can keep it in its SQLite store and charts survive a restart. Pure data structures
 * plus one small sampler; no HTTP here.
 */
package org.p2poolj.web.graph;
