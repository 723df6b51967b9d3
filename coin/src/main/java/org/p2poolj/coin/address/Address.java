package org.p2poolj.coin.address;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.script.Scripts;

/**
 * A payout address parsed for one network. {@link #text()} is the string exactly as given, since
 * p2pool keys payouts by that string (spec Q4).
 */
public final class Address {
  /** The kinds of destination an address encodes. */
  public enum Type {
    P2PKH,
    P2SH,
    WITNESS
  }

  private final String text;
  private final Type type;
  private final int version;
  private final byte[] program;
  private final ChainParams params;

  private Address(String text, Type type, int version, byte[] program, ChainParams params) {
    this.text = text;
    this.type = type;
    this.version = version;
    this.program = program;
    this.params = params;
  }

  /**
   * Parses {@code text} for {@code params}.
   *
   * @throws InvalidAddressException when it is malformed, belongs to another network, or is an MWEB
   *     address (which a coinbase cannot pay)
   */
  public static Address parse(String text, ChainParams params) {
    if (text == null || text.isEmpty()) {
      throw new InvalidAddressException("empty address");
    }
    String lower = text.toLowerCase(Locale.ROOT);
    rejectMweb(text, lower, params);
    int sep = lower.lastIndexOf('1');
    String hrp = sep > 0 ? lower.substring(0, sep) : "";
    if (hrp.equals(params.bech32Hrp())) {
      try {
        Bech32.Segwit s = Bech32.decodeSegwit(params.bech32Hrp(), text);
        return new Address(text, Type.WITNESS, s.version(), s.program(), params);
      } catch (InvalidAddressException e) {
        throw invalid(text, params, e.getMessage());
      }
    }
    for (ChainParams other : ChainParams.all()) {
      if (hrp.equals(other.bech32Hrp())) {
        throw invalid(
            text, params, "it is a " + other.name() + " address (bech32 prefix '" + hrp + "')");
      }
    }
    try {
      return parseBase58(text, params);
    } catch (InvalidAddressException e) {
      if (!hrp.isEmpty() && hrp.chars().allMatch(c -> c >= 'a' && c <= 'z')) {
        throw invalid(
            text,
            params,
            "unknown bech32 prefix '" + hrp + "' (expected '" + params.bech32Hrp() + "')");
      }
      throw e;
    }
  }

  private static void rejectMweb(String text, String lower, ChainParams params) {
    for (ChainParams p : ChainParams.all()) {
      if (p.mwebHrp() != null && lower.startsWith(p.mwebHrp() + "1")) {
        throw invalid(
            text,
            params,
            "it is a Litecoin MWEB address; coinbase outputs cannot pay MWEB addresses, use a"
                + " regular (bech32 '"
                + params.bech32Hrp()
                + "1...' or base58) address");
      }
    }
  }

  private static Address parseBase58(String text, ChainParams params) {
    byte[] payload;
    try {
      payload = Base58.decodeCheck(text);
    } catch (InvalidAddressException e) {
      throw invalid(text, params, e.getMessage());
    }
    if (payload.length != 21) {
      throw invalid(text, params, "Base58Check payload is " + payload.length + " bytes, not 21");
    }
    int version = payload[0] & 0xff;
    byte[] hash = Arrays.copyOfRange(payload, 1, 21);
    if (version == params.p2pkhVersion()) {
      return new Address(text, Type.P2PKH, version, hash, params);
    }
    if (params.p2shVersions().contains(version)) {
      return new Address(text, Type.P2SH, version, hash, params);
    }
    for (ChainParams other : ChainParams.all()) {
      if (version == other.p2pkhVersion() || other.p2shVersions().contains(version)) {
        throw invalid(
            text, params, "it is a " + other.name() + " address (version byte " + version + ")");
      }
    }
    throw invalid(text, params, "unknown address version byte " + version);
  }

  private static InvalidAddressException invalid(String text, ChainParams params, String why) {
    return new InvalidAddressException(
        "invalid " + params.name() + " address '" + text + "': " + why);
  }

  /** The output script paying this address. */
  public byte[] script() {
    return switch (type) {
      case P2PKH -> Scripts.p2pkh(program);
      case P2SH -> Scripts.p2sh(program);
      case WITNESS -> Scripts.witness(version, program);
    };
  }

  /**
   * The canonical address for a standard output script (P2PKH, P2SH with the network's first P2SH
   * version, or any segwit version), or empty for scripts that have no address.
   */
  public static Optional<String> fromScript(byte[] script, ChainParams params) {
    Optional<byte[]> pkh = Scripts.matchP2pkh(script);
    if (pkh.isPresent()) {
      return Optional.of(base58(params.p2pkhVersion(), pkh.get()));
    }
    Optional<byte[]> sh = Scripts.matchP2sh(script);
    if (sh.isPresent()) {
      return Optional.of(base58(params.p2shVersions().get(0), sh.get()));
    }
    int witver = Scripts.witnessVersion(script);
    if (witver >= 0) {
      byte[] prog = Scripts.witnessProgram(script).orElseThrow();
      if (witver == 0 && prog.length != 20 && prog.length != 32) {
        return Optional.empty();
      }
      return Optional.of(Bech32.encodeSegwit(params.bech32Hrp(), witver, prog));
    }
    return Optional.empty();
  }

  private static String base58(int version, byte[] hash) {
    byte[] payload = new byte[21];
    payload[0] = (byte) version;
    System.arraycopy(hash, 0, payload, 1, 20);
    return Base58.encodeCheck(payload);
  }

  /** The string as given to {@link #parse}. */
  public String text() {
    return text;
  }

  public Type type() {
    return type;
  }

  /** The Base58 version byte, or the witness version for {@link Type#WITNESS}. */
  public int version() {
    return version;
  }

  /** The witness version, or -1 for Base58 addresses. */
  public int witnessVersion() {
    return type == Type.WITNESS ? version : -1;
  }

  /** The 20-byte hash for P2PKH/P2SH, or the witness program. */
  public byte[] program() {
    return program.clone();
  }

  public ChainParams params() {
    return params;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Address a
        && text.equals(a.text)
        && type == a.type
        && version == a.version
        && Arrays.equals(program, a.program)
        && params.equals(a.params);
  }

  @Override
  public int hashCode() {
    return text.hashCode();
  }

  @Override
  public String toString() {
    return text;
  }
}
