package org.p2poolj.stratum.job;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The node's side of job making. After each {@link WorkChange} the server asks for the job of each
 * distinct {@link WorkRequest} among its sessions, once, and sends it to every session with that
 * request; so building a gentx costs once per payout, not once per miner.
 */
public interface WorkSource {
  /**
   * Builds the job for the current work, or empty when there is none yet (no template). Called on a
   * virtual thread; may block briefly.
   */
  Optional<JobSpec> build(WorkRequest request);

  /**
   * Registers the listener told about every work change, and returns the handle that removes it.
   */
  AutoCloseable subscribe(Consumer<WorkChange> listener);
}
