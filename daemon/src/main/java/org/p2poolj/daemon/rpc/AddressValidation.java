package org.p2poolj.daemon.rpc;

/**
 * The answer of {@code validateaddress}.
 *
 * @param scriptPubKeyHex empty for invalid addresses and for MWEB addresses, which have no script
 */
public record AddressValidation(
    String address, boolean valid, String scriptPubKeyHex, boolean witness, boolean mweb) {}
