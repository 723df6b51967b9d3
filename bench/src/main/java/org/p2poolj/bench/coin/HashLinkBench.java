package org.p2poolj.bench.coin;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.p2poolj.coin.hash.Sha256;
import org.p2poolj.coin.hash.Sha256Resumable;

/**
 * The hash_link check of share verification: resume SHA-256 from the exported midstate of a
 * coinbase prefix, add the 44-byte suffix (ref hash, nonce, lock time), finish, and hash again.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HashLinkBench {
  private byte[] state;
  private long length;
  private byte[] tail;
  private final byte[] suffix = new byte[44];

  @Setup
  public void setup() {
    Random rnd = new Random(7);
    // A typical coinbase prefix: a few outputs, about 300 bytes.
    byte[] prefix = new byte[301];
    rnd.nextBytes(prefix);
    rnd.nextBytes(suffix);
    Sha256Resumable h = Sha256Resumable.fresh().update(prefix);
    state = h.stateBytes();
    length = h.bytesProcessed();
    tail = h.pendingTail();
  }

  @Benchmark
  public byte[] midstateResume() {
    suffix[0]++;
    byte[] inner = Sha256Resumable.fromState(state, length, tail).update(suffix).digest();
    return Sha256.hash(inner);
  }
}
