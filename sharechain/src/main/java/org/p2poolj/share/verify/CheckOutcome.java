package org.p2poolj.share.verify;

import java.util.OptionalInt;
import org.p2poolj.share.InvalidShare;
import org.p2poolj.share.gentx.Generated;

/** Result of {@link ShareChecker#check}: valid (with side data) or invalid with a reason. */
public sealed interface CheckOutcome {

  /**
   * A valid share. {@code naughty} is inherited punishment (0 = none); {@code raiseMinProtocol} is
   * set when the ratchet (spec §1.5) says to raise the network's protocol floor.
   */
  record Valid(Generated generated, int naughty, OptionalInt raiseMinProtocol)
      implements CheckOutcome {}

  record Invalid(InvalidShare invalid) implements CheckOutcome {}

  default boolean isValid() {
    return this instanceof Valid;
  }
}
