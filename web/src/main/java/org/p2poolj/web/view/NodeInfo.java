package org.p2poolj.web.view;

import java.time.Instant;

/**
 * Static facts about the node and its network.
 *
 * @param version software version string shown by {@code /web/version}
 * @param protocolVersion p2pool wire protocol version (e.g. 3502)
 * @param symbol coin ticker, e.g. {@code LTC} or {@code tLTC}
 * @param networkName share-chain network name, e.g. {@code litecoin_testnet}
 * @param blockExplorerUrlPrefix prefix to which a block hash is appended
 * @param addressExplorerUrlPrefix prefix to which an address is appended
 * @param txExplorerUrlPrefix prefix to which a txid is appended
 * @param feePercent node operator's worker fee, in percent ({@code --fee})
 * @param donationPercent donation to the p2pool authors, in percent
 * @param p2pPort the network's default p2p port (omitted from {@code /peer_addresses})
 * @param startedAt when the node started, for uptime
 */
public record NodeInfo(
    String version,
    int protocolVersion,
    String symbol,
    String networkName,
    String blockExplorerUrlPrefix,
    String addressExplorerUrlPrefix,
    String txExplorerUrlPrefix,
    double feePercent,
    double donationPercent,
    int p2pPort,
    Instant startedAt) {}
