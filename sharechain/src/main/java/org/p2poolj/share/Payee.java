package org.p2poolj.share;

import java.nio.charset.StandardCharsets;

/** Who a share pays: a v34+ address string, or a v17-v33 P2PKH hash160. */
public sealed interface Payee {

  /**
   * A payout address held as the raw bytes of the wire VarStr. p2pool keys PPLNS weights by this
   * string exactly as submitted (quirk Q4), so it is kept byte for byte as ISO-8859-1 text.
   */
  record Address(String text) implements Payee {
    public static Address ofBytes(byte[] raw) {
      return new Address(new String(raw, StandardCharsets.ISO_8859_1));
    }

    public byte[] bytes() {
      return text.getBytes(StandardCharsets.ISO_8859_1);
    }
  }

  /** A hash160 in wire (natural) byte order, paid as P2PKH with the parent's address version. */
  record PubkeyHash(byte[] hash160) implements Payee {
    public PubkeyHash {
      if (hash160.length != 20) {
        throw new IllegalArgumentException("pubkey_hash must be 20 bytes");
      }
      hash160 = hash160.clone();
    }

    @Override
    public byte[] hash160() {
      return hash160.clone();
    }
  }
}
