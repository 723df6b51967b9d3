package org.p2poolj.web.graph;

/**
 * One bin as served: {@code [center_time, value, width, default]}.
 *
 * @param centerTime middle of the bin, Unix seconds
 * @param value the bin's value
 * @param width bin width in seconds (the newest bin is cut at "now")
 * @param defaultValue what a front end should assume for a key missing from {@code value}: 0 for
 *     rates and zero-filled gauges, absent (JSON null) for plain gauges
 */
public record GraphBin(double centerTime, BinValue value, double width, BinValue defaultValue) {}
