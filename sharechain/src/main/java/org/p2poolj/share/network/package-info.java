/**
 * Share-chain network parameters (spec §5.1): the four live p2pool networks, regtest defaults and
 * custom networks built from configuration. Plain values; must not depend on the tracker or I/O.
 */
package org.p2poolj.share.network;
