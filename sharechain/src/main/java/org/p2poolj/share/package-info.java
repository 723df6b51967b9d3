/**
 * The p2pool share chain's data model: the sealed family of share versions (17, 32, 33, 34, 35) and
 * their immutable parts, exactly as they travel on the wire. Pure values: no I/O, no clock, no
 * threads. Sub-packages hold the codec, the coinbase recipe, PPLNS, verification, the tracker and
 * the network parameters. Depends only on {@code org.p2poolj.coin}.
 */
package org.p2poolj.share;
