package org.p2poolj.p2p.addr;

/** What the address book knows of one address; times are Unix seconds. */
public record AddrEntry(long services, long firstSeen, long lastSeen) {}
