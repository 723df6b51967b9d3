package org.p2poolj.share.chain;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;

/** Byte constants of the v17-v35 coinbase (spec §3.4, §3.5). */
public final class GentxConstants {
  /** forrestv's 67-byte P2PK donation script. */
  private static final byte[] DONATION_SCRIPT =
      HexFormat.of()
          .parseHex(
              "4104ffd03de44a6e11b9917f3a29f9443283d9871c9d743ef30d5eddcd37094b64d1b3d80904"
                  + "96b53256786bf5c82932ec23c3b74d9f05a6f95a8b5529352656664bac");

  /** hash160 of the donation pubkey, natural byte order (JT hard-codes it, quirk Q15). */
  private static final byte[] DONATION_HASH160 =
      HexFormat.of().parseHex("d03da6fca390166d020be0e7c28ac8cc70f58403");

  /**
   * VarStr(DONATION_SCRIPT) || LE64(0) || 2a 6a 28: every gentx prefix ends with these 79 bytes.
   */
  private static final byte[] GENTX_BEFORE_REFHASH = buildBeforeRefhash();

  /** The coinbase witness stack item and the commitment's reserved value. */
  private static final byte[] WITNESS_RESERVED =
      "[P2Pool][P2Pool][P2Pool][P2Pool]".getBytes(StandardCharsets.US_ASCII);

  private GentxConstants() {}

  public static byte[] donationScript() {
    return DONATION_SCRIPT.clone();
  }

  public static byte[] donationHash160() {
    return DONATION_HASH160.clone();
  }

  public static byte[] gentxBeforeRefhash() {
    return GENTX_BEFORE_REFHASH.clone();
  }

  public static byte[] witnessReserved() {
    return WITNESS_RESERVED.clone();
  }

  private static byte[] buildBeforeRefhash() {
    byte[] out = new byte[1 + DONATION_SCRIPT.length + 8 + 3];
    out[0] = (byte) DONATION_SCRIPT.length;
    System.arraycopy(DONATION_SCRIPT, 0, out, 1, DONATION_SCRIPT.length);
    int p = 1 + DONATION_SCRIPT.length + 8;
    out[p] = 0x2a;
    out[p + 1] = 0x6a;
    out[p + 2] = 0x28;
    return out;
  }
}
