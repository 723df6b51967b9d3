package org.p2poolj.web.view;

import java.time.Instant;

/**
 * A banned peer address.
 *
 * @param host banned IP address
 * @param reason why, as the p2p layer's reason name
 * @param until when the ban expires
 */
public record BanInfo(String host, String reason, Instant until) {}
