/**
 * Miner usernames as the reference p2pool reads them ({@code
 * ADDRESS[(.|_)WORKER][+PSEUDO][/SHARE]}) and the payout decision for an address that is invalid on
 * the chain. Address checking itself is injected ({@link
 * org.p2poolj.stratum.username.AddressValidator}) so this package does not depend on chain
 * parameters.
 */
package org.p2poolj.stratum.username;
