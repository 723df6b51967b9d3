package org.p2poolj.share.tracker;

import java.math.BigInteger;
import org.p2poolj.coin.hash.Hash256;

/**
 * A share the tracker wants downloaded: its hash, the peer that sent a child of it (ask them first;
 * null for our own shares), and the newest timestamp and hardest target among the heads that need
 * it.
 */
public record DesiredShare(String peer, Hash256 hash, long timestamp, BigInteger target) {}
