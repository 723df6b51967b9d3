package org.p2poolj.daemon.rpc;

/** The parts of {@code getnetworkinfo} a pool needs. */
public record NetworkInfo(
    int version, String subversion, int protocolVersion, int connections, long localServices) {}
