package org.p2poolj.stratum.username;

import java.util.Optional;

/** Turns a username into a {@link ResolvedWorker}, applying the invalid-address policy. */
public final class PayoutResolver {
  private final AddressValidator validator;
  private final InvalidAddressPolicy policy;
  private final String nodeAddress;
  private final String chainName;

  /**
   * @param nodeAddress the operator's payout address, required for {@link
   *     InvalidAddressPolicy#PAY_NODE}
   * @param chainName named in refusal messages, e.g. {@code litecoin-regtest}
   */
  public PayoutResolver(
      AddressValidator validator,
      InvalidAddressPolicy policy,
      String nodeAddress,
      String chainName) {
    if (policy == InvalidAddressPolicy.PAY_NODE
        && (nodeAddress == null || validator.problem(nodeAddress).isPresent())) {
      throw new IllegalArgumentException(
          "paying invalid usernames to the node needs a valid node address, got " + nodeAddress);
    }
    this.validator = validator;
    this.policy = policy;
    this.nodeAddress = nodeAddress;
    this.chainName = chainName;
  }

  /** The worker, or the refusal message when the policy refuses invalid addresses. */
  public Resolution resolve(String rawUsername) {
    Username u = Username.parse(rawUsername);
    Optional<String> problem = validator.problem(u.address());
    if (problem.isEmpty()) {
      return new Resolution.Accepted(new ResolvedWorker(u, u.address(), false));
    }
    return switch (policy) {
      case PAY_NODE -> new Resolution.Accepted(new ResolvedWorker(u, nodeAddress, true));
      case REFUSE ->
          new Resolution.Refused(
              "Invalid payout address '"
                  + u.address()
                  + "' for "
                  + chainName
                  + ": "
                  + problem.get()
                  + " (use ADDRESS[.WORKER][+PSEUDODIFF][/SHAREDIFF])");
    };
  }

  /** The outcome of {@link #resolve}. */
  public sealed interface Resolution {
    record Accepted(ResolvedWorker worker) implements Resolution {}

    record Refused(String message) implements Resolution {}
  }
}
