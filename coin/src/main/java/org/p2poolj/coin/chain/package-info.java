/**
 * Per-coin, per-network parameters (Litecoin and Bitcoin on mainnet, testnet and regtest): daemon
 * magic and ports, address versions and HRPs, proof-of-work strategy, block period and genesis.
 * Data only; depends on the hash package.
 */
package org.p2poolj.coin.chain;
