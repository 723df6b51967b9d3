package org.p2poolj.node.mining;

/**
 * The operator's mining settings.
 *
 * @param nodeAddress the operator's payout address (configured or from the daemon wallet)
 * @param feePercent probability, in percent, that a miner's share pays the operator instead
 * @param donationPercent share of the block reward for the p2pool donation script
 * @param coinbaseText text after the height push in the coinbase script
 */
public record MiningPolicy(
    String nodeAddress, double feePercent, double donationPercent, String coinbaseText) {}
