package org.p2poolj.stratum.job;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

/** The miner's side of {@code mining.notify}: its params back into a {@link JobSpec}. */
public final class NotifyDecoder {
  private NotifyDecoder() {}

  /**
   * Decodes {@code [job_id, prevhash, coinb1, coinb2, branch[], version, nbits, ntime, clean]}; the
   * targets are unknown to a miner and left at zero.
   *
   * @throws IllegalArgumentException on malformed params
   */
  public static JobSpec decode(JsonNode params) {
    if (!params.isArray() || params.size() < 9 || !params.get(4).isArray()) {
      throw new IllegalArgumentException("mining.notify needs 9 params, got " + params);
    }
    List<Hash256> branch = new ArrayList<>();
    for (JsonNode h : params.get(4)) {
      branch.add(Hash256.wrap(Hex.decode(h.asText())));
    }
    return new JobSpec(
        Hash256.wrap(StratumHex.prevhashToWire(params.get(1).asText())),
        Hex.decode(params.get(2).asText()),
        Hex.decode(params.get(3).asText()),
        branch,
        StratumHex.parseU32(params.get(5).asText()),
        StratumHex.parseU32(params.get(6).asText()),
        StratumHex.parseU32(params.get(7).asText()),
        BigInteger.ZERO,
        BigInteger.ZERO,
        null);
  }
}
