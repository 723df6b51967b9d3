package org.p2poolj.stratum.job;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.stratum.json.Outgoing;
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
 * @param notifyMessage the {@code mining.notify} line with this job's clean flag
 * @param renotifyMessage the same with {@code clean_jobs=false}, resent after a difficulty change
 */
public record StratumJob(
    String jobId,
    JobSpec spec,
    boolean cleanJobs,
    long blockGeneration,
    long createdAtMillis,
    Outgoing.Line notifyMessage,
    Outgoing.Line renotifyMessage) {

  public static StratumJob create(
      String jobId, JobSpec spec, boolean cleanJobs, long blockGeneration, long createdAtMillis) {
    List<String> branch = new ArrayList<>(spec.merkleBranch().size());
    for (Hash256 h : spec.merkleBranch()) {
      branch.add(Hex.encode(h.toLittleEndianBytes()));
    }
    Object[] params = {
      jobId,
      StratumHex.prevhash(spec.previousBlock()),
      Hex.encode(spec.coinb1()),
      Hex.encode(spec.coinb2()),
      branch,
      StratumHex.u32(spec.version()),
      StratumHex.u32(spec.bits()),
      StratumHex.u32(spec.ntime()),
      cleanJobs
    };
    Outgoing.Line first =
        new Outgoing.Line(StratumJson.encodeNotification("mining.notify", params), jobId);
    Outgoing.Line again = first;
    if (cleanJobs) {
      params[8] = false;
      again = new Outgoing.Line(StratumJson.encodeNotification("mining.notify", params), jobId);
    }
    return new StratumJob(jobId, spec, cleanJobs, blockGeneration, createdAtMillis, first, again);
  }

  /** The notify line's text, with this job's clean flag. */
  public String notifyLine() {
    return notifyMessage.text();
  }

  /** The notify line's text with {@code clean_jobs=false}. */
  public String renotifyLine() {
    return renotifyMessage.text();
  }

  public BigInteger shareTarget() {
    return spec.shareTarget();
  }

  public BigInteger blockTarget() {
    return spec.blockTarget();
  }
}
