package org.p2poolj.daemon.rpc;

/** The parts of {@code getmininginfo} a pool shows. */
public record MiningInfo(
    long blocks, double difficulty, double networkHashPs, String chain, long pooledTx) {}
