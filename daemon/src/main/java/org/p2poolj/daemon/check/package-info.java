/**
 * Start-up checks of the coin daemon: reachable, credentials accepted, right chain for the chosen
 * network, synced, required soft forks active, payout address valid for this chain. Each check
 * yields one clear line for the operator; nothing here retries or keeps state.
 */
package org.p2poolj.daemon.check;
