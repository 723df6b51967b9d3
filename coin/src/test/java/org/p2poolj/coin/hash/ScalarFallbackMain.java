package org.p2poolj.coin.hash;

import java.util.HexFormat;

/** Run in a child JVM by {@link RoMixTest}: prints the implementation and one scrypt hash. */
public final class ScalarFallbackMain {
  private ScalarFallbackMain() {}

  public static void main(String[] args) {
    byte[] header = HexFormat.of().parseHex(args[0]);
    System.out.println(Scrypt.implementation());
    System.out.println(Scrypt.usesSimd());
    System.out.println(HexFormat.of().formatHex(Scrypt.hashHeader(header)));
  }
}
