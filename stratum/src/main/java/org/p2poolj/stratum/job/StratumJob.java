package org.p2poolj.stratum.job;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.json.StratumJson;

/**
 * A job as served: its spec plus the {@code mining.notify} lines encoded once and shared by every
 * session that gets it.
 *
 * @param jobId the id miners echo back in {@code mining.submit}
 * @param spec the work
 * @param cleanJobs whether the first notify of this job tells miners to drop older work
 * @param blockGeneration counts previous-block changes; a job from an older generation is stale
 * @param createdAtMillis when the job was made, for expiry
 * @param notifyLine the {@code mining.notify} line with this job's clean flag
 * @param renotifyLine the same with {@code clean_jobs=false}, resent after a difficulty change
 */
public record StratumJob(
    String jobId,
    JobSpec spec,
    boolean cleanJobs,
    long blockGeneration,
    long createdAtMillis,
    String notifyLine,
    String renotifyLine) {

  public static StratumJob create(
      String jobId, JobSpec spec, boolean cleanJobs, long blockGeneration, long createdAtMillis) {
    List<String> branch = new ArrayList<>(spec.merkleBranch().size());
    for (Hash256 h : spec.merkleBranch()) {
      branch.add(Hex.encode(h.toLittleEndianBytes()));
    }
    String prevhash = StratumHex.prevhash(spec.previousBlock());
    String coinb1 = Hex.encode(spec.coinb1());
    String coinb2 = Hex.encode(spec.coinb2());
    String version = StratumHex.u32(spec.version());
    String bits = StratumHex.u32(spec.bits());
    String ntime = StratumHex.u32(spec.ntime());
    String clean =
        StratumJson.encodeNotification(
            "mining.notify",
            jobId,
            prevhash,
            coinb1,
            coinb2,
            branch,
            version,
            bits,
            ntime,
            cleanJobs);
    String keep =
        cleanJobs
            ? StratumJson.encodeNotification(
                "mining.notify",
                jobId,
                prevhash,
                coinb1,
                coinb2,
                branch,
                version,
                bits,
                ntime,
                false)
            : clean;
    return new StratumJob(jobId, spec, cleanJobs, blockGeneration, createdAtMillis, clean, keep);
  }

  public BigInteger shareTarget() {
    return spec.shareTarget();
  }

  public BigInteger blockTarget() {
    return spec.blockTarget();
  }
}
