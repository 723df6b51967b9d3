package org.p2poolj.stratum.submit;

import java.math.BigInteger;
import java.util.Locale;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.coin.hash.PowFunction;
import org.p2poolj.stratum.job.JobLookup;
import org.p2poolj.stratum.job.JobRegistry;
import org.p2poolj.stratum.job.StratumHex;
import org.p2poolj.stratum.job.StratumJob;
import org.p2poolj.stratum.json.StratumError;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Checks one {@code mining.submit} against its job and the targets and hands the result to the
 * sink. Thread-safe; the duplicate filter passed in belongs to the calling session.
 */
public final class SubmitProcessor {
  /** How far past the job's time a miner may roll ntime (the coin's two-hour future limit). */
  static final long MAX_NTIME_ROLL_SECONDS = 7200;

  private static final Logger LOG = LoggerFactory.getLogger(SubmitProcessor.class);

  private final JobRegistry jobs;
  private final PowFunction pow;
  private final SubmitSink sink;

  public SubmitProcessor(JobRegistry jobs, PowFunction pow, SubmitSink sink) {
    this.jobs = jobs;
    this.pow = pow;
    this.sink = sink;
  }

  public SubmitResult process(
      Submitter who, SubmitRequest req, DuplicateFilter duplicates, long nowMillis) {
    StratumJob job;
    switch (jobs.lookup(req.jobId(), nowMillis)) {
      case JobLookup.Current c -> job = c.job();
      case JobLookup.Stale s -> {
        return reject(RejectReason.STALE_JOB, StratumError.JOB_NOT_FOUND, "Stale job (new block)");
      }
      case JobLookup.Missing m -> {
        return reject(RejectReason.UNKNOWN_JOB, StratumError.JOB_NOT_FOUND, "Job not found");
      }
    }
    byte[] xn2 = parseExtranonce2(req.extranonce2(), who.extranonce2Size());
    if (xn2 == null) {
      return reject(
          RejectReason.BAD_EXTRANONCE2,
          StratumError.OTHER,
          "Incorrect size of extranonce2 (expected " + who.extranonce2Size() + " bytes)");
    }
    long ntime;
    long nonce;
    try {
      ntime = StratumHex.parseU32(req.ntime());
    } catch (IllegalArgumentException e) {
      return reject(RejectReason.BAD_NTIME, StratumError.OTHER, "Invalid ntime");
    }
    if (ntime > job.spec().ntime() + MAX_NTIME_ROLL_SECONDS) {
      return reject(RejectReason.BAD_NTIME, StratumError.OTHER, "ntime out of range");
    }
    try {
      nonce = StratumHex.parseU32(req.nonce());
    } catch (IllegalArgumentException e) {
      return reject(RejectReason.BAD_NONCE, StratumError.OTHER, "Invalid nonce");
    }
    long version = job.spec().version();
    if (req.versionBits() != null) {
      long vb = parseVersionBits(req.versionBits());
      if (vb < 0 || (vb & ~who.versionMask()) != 0) {
        return reject(
            RejectReason.BAD_VERSION_BITS,
            StratumError.OTHER,
            "Version bits outside the negotiated mask " + StratumHex.u32(who.versionMask()));
      }
      version = HeaderBuilder.rollVersion(version, vb, who.versionMask());
    }
    String key =
        Hex.encode(xn2) + StratumHex.u32(ntime) + StratumHex.u32(nonce) + StratumHex.u32(version);
    if (duplicates.contains(job.jobId(), key)) {
      return reject(RejectReason.DUPLICATE, StratumError.DUPLICATE_SHARE, "Duplicate share");
    }
    byte[] nonce8 = HeaderBuilder.nonce8(who.extranonce1(), xn2);
    byte[] coinbase = job.spec().coinbase(nonce8);
    BlockHeader header = HeaderBuilder.header(job.spec(), coinbase, version, ntime, nonce);
    Hash256 powHash = pow.powHash(header.serialize());
    BigInteger value = powHash.toBigInteger();
    BigInteger pseudoTarget = who.pseudoshareTarget().max(job.shareTarget());
    boolean block = value.compareTo(job.blockTarget()) <= 0;
    boolean share = value.compareTo(job.shareTarget()) <= 0;
    if (!block && !share && value.compareTo(pseudoTarget) > 0) {
      return reject(
          RejectReason.LOW_DIFFICULTY, StratumError.LOW_DIFFICULTY, "Low difficulty share");
    }
    if (!duplicates.add(job.jobId(), key)) {
      return reject(RejectReason.DUPLICATE, StratumError.OTHER, "Too many submits for this job");
    }
    Submission submission =
        new Submission(
            job,
            who.sessionId(),
            who.worker(),
            share,
            block,
            littleEndianU64(nonce8),
            coinbase,
            header,
            powHash);
    try {
      if (block) {
        sink.onBlock(submission);
      }
      if (share) {
        sink.onShare(submission);
      }
      sink.onPseudoshare(submission);
    } catch (RuntimeException e) {
      LOG.error(
          "the node failed to take a {} from session {}", submission.kind(), who.sessionId(), e);
      return reject(RejectReason.SINK_FAILED, StratumError.OTHER, "Internal error");
    }
    return new SubmitResult.Accepted(submission, pseudoTarget);
  }

  private static SubmitResult reject(RejectReason reason, int code, String message) {
    return new SubmitResult.Rejected(reason, new StratumError(code, message));
  }

  private static byte[] parseExtranonce2(String hex, int size) {
    if (hex == null || hex.length() != 2 * size) {
      return null;
    }
    try {
      return Hex.decode(hex);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** 1 to 8 hex digits; -1 when malformed. */
  private static long parseVersionBits(String hex) {
    if (hex.isEmpty() || hex.length() > 8) {
      return -1;
    }
    try {
      return Long.parseLong(hex.toLowerCase(Locale.ROOT), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  static long littleEndianU64(byte[] b) {
    long v = 0;
    for (int i = b.length - 1; i >= 0; i--) {
      v = v << 8 | (b[i] & 0xff);
    }
    return v;
  }
}
