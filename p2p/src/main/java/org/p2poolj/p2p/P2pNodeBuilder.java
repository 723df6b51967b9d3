package org.p2poolj.p2p;

import java.time.InstantSource;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import java.util.function.Predicate;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.p2p.addr.Bootstrap;
import org.p2poolj.p2p.sync.ShareChainPort;

/** Wires a {@link P2pNode}'s injected dependencies: the share chain, header checks, time, DNS. */
public final class P2pNodeBuilder {
  final P2pConfig config;
  ShareChainPort chain;
  Consumer<BlockHeader> headerSink = h -> {};
  Predicate<BlockHeader> headerPow = h -> false;
  InstantSource clock = InstantSource.system();
  LongSupplier nanoTime = System::nanoTime;
  Bootstrap.Resolver resolver = Bootstrap.Resolver.DNS;

  P2pNodeBuilder(P2pConfig config) {
    this.config = config;
  }

  public P2pNodeBuilder chain(ShareChainPort v) {
    chain = v;
    return this;
  }

  /** Receives {@code bestblock} headers that pass {@link #headerPow}. */
  public P2pNodeBuilder headerSink(Consumer<BlockHeader> v) {
    headerSink = v;
    return this;
  }

  /** Whether a header meets its own bits target under the coin's PoW. */
  public P2pNodeBuilder headerPow(Predicate<BlockHeader> v) {
    headerPow = v;
    return this;
  }

  public P2pNodeBuilder clock(InstantSource v) {
    clock = v;
    return this;
  }

  public P2pNodeBuilder nanoTime(LongSupplier v) {
    nanoTime = v;
    return this;
  }

  public P2pNodeBuilder resolver(Bootstrap.Resolver v) {
    resolver = v;
    return this;
  }

  public P2pNode build() {
    if (chain == null) {
      throw new IllegalStateException("a ShareChainPort is required");
    }
    return new P2pNode(this);
  }
}
