package org.p2poolj.stratum.username;

/**
 * An authorized worker: who its shares pay and the worker's own preferences.
 *
 * @param username the parsed username
 * @param payoutAddress the address the work is built for (the node's own when {@code paidToNode})
 * @param paidToNode true when the username's address was invalid and the node pays itself instead
 */
public record ResolvedWorker(Username username, String payoutAddress, boolean paidToNode) {
  /** The per-worker statistics key: address and worker name without modifiers. */
  public String statsKey() {
    return username.userToken();
  }
}
