package org.p2poolj.share.address;

import java.math.BigInteger;
import java.util.Arrays;
import java.util.HexFormat;
import org.p2poolj.coin.address.Base58;
import org.p2poolj.coin.address.InvalidAddressException;

/**
 * JT's {@code address_to_script2} and {@code pubkey_hash_to_address}. Base58 first (P2PKH or the
 * one P2SH version, else "not for this net"), then Bech32 with the network's hrp, whose program is
 * turned into an integer and back (quirk Q1): without the bugfix a leading zero byte is lost and an
 * odd hex length throws; with it the hex is padded to 40 digits only.
 */
public final class PayoutScripts {
  private PayoutScripts() {}

  public static byte[] addressToScript(String address, AddressRules rules, boolean paddingBugfix) {
    byte[] payload = base58CheckOrNull(address);
    if (payload != null && payload.length == 21) {
      int version = payload[0] & 0xff;
      byte[] hash = Arrays.copyOfRange(payload, 1, 21);
      if (version != rules.p2pkhVersion() && version != rules.p2shVersion()) {
        throw new InvalidPayoutAddressException("address not for this net: " + address);
      }
      return version == rules.p2shVersion() ? p2sh(hash) : p2pkh(hash);
    }
    SegwitAddr.Decoded d =
        rules.bech32Hrp() == null ? null : SegwitAddr.decode(rules.bech32Hrp(), address);
    if (d == null) {
      throw new InvalidPayoutAddressException("invalid addr: " + address);
    }
    return witnessScript(d.program(), paddingBugfix);
  }

  /** {@code 00 <len> <program>} after the int round trip; witness version is ignored (Q2). */
  static byte[] witnessScript(byte[] program, boolean paddingBugfix) {
    BigInteger value = new BigInteger(1, program);
    String hex = value.toString(16);
    if (paddingBugfix && hex.length() < 40) {
      hex = "0".repeat(40 - hex.length()) + hex;
    }
    if (hex.length() % 2 != 0) {
      throw new InvalidPayoutAddressException("Odd-length string (witness program " + hex + ")");
    }
    byte[] prog = HexFormat.of().parseHex(hex);
    byte[] script = new byte[prog.length + 2];
    script[0] = 0;
    script[1] = (byte) prog.length;
    System.arraycopy(prog, 0, script, 2, prog.length);
    return script;
  }

  public static byte[] p2pkh(byte[] hash160) {
    byte[] s = new byte[25];
    s[0] = 0x76;
    s[1] = (byte) 0xa9;
    s[2] = 0x14;
    System.arraycopy(hash160, 0, s, 3, 20);
    s[23] = (byte) 0x88;
    s[24] = (byte) 0xac;
    return s;
  }

  public static byte[] p2sh(byte[] hash160) {
    byte[] s = new byte[23];
    s[0] = (byte) 0xa9;
    s[1] = 0x14;
    System.arraycopy(hash160, 0, s, 2, 20);
    s[22] = (byte) 0x87;
    return s;
  }

  /** Base58Check of {@code version || hash160}: how v17-v33 payees and the donation are keyed. */
  public static String pubkeyHashToAddress(byte[] hash160, int version) {
    byte[] payload = new byte[21];
    payload[0] = (byte) version;
    System.arraycopy(hash160, 0, payload, 1, 20);
    return Base58.encodeCheck(payload);
  }

  /** Not Base58Check (bad character or checksum): JT then tries Bech32. */
  private static byte[] base58CheckOrNull(String address) {
    try {
      return Base58.decodeCheck(address);
    } catch (InvalidAddressException e) {
      return null;
    }
  }
}
