package org.p2poolj.bench.coin;

import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.p2poolj.coin.hash.Scrypt;
import org.p2poolj.coin.hash.Sha256d;

/**
 * Proof-of-work hashing of an 80-byte header. The nonce changes on every call, as when checking
 * successive shares, so nothing can be cached. Targets on one core: sha256d >= 4 M/s, scrypt >= 3.5
 * k/s. Forks get the Vector API module, as the launcher's node does, so scrypt runs on SIMD.
 */
@State(Scope.Thread)
@Fork(jvmArgsAppend = "--add-modules=jdk.incubator.vector")
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class HeaderHashBench {
  private final byte[] header = new byte[80];
  private int nonce;

  @Setup
  public void setup() {
    new Random(42).nextBytes(header);
  }

  private void bumpNonce() {
    int n = ++nonce;
    header[76] = (byte) n;
    header[77] = (byte) (n >>> 8);
    header[78] = (byte) (n >>> 16);
    header[79] = (byte) (n >>> 24);
  }

  @Benchmark
  public byte[] sha256dHeader() {
    bumpNonce();
    return Sha256d.hash(header);
  }

  @Benchmark
  public byte[] scryptHeader() {
    bumpNonce();
    return Scrypt.hashHeader(header);
  }
}
