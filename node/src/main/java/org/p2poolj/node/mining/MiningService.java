package org.p2poolj.node.mining;

import org.p2poolj.node.lifecycle.AbstractService;
import org.p2poolj.node.runtime.NodeContext;

/** Runs the stratum server with the node's work source and submit sink. */
public final class MiningService extends AbstractService {
  private final NodeContext context;

  public MiningService(NodeContext context) {
    super("mining");
    this.context = context;
  }

  @Override
  protected void doStart() {}

  @Override
  protected void doStop() {}
}
