package org.p2poolj.coin.hash;

/** The built-in proof-of-work functions; an enum so they print their name. */
enum StandardPow implements PowFunction {
  SHA256D {
    @Override
    public Hash256 powHash(byte[] header80) {
      return Sha256d.hash256(header80);
    }
  },
  SCRYPT {
    @Override
    public Hash256 powHash(byte[] header80) {
      return Hash256.own(Scrypt.hashHeader(header80));
    }
  }
}
