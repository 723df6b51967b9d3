package org.p2poolj.coin.hash;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** Single SHA-256 on a {@link MessageDigest} reused per thread (the JDK intrinsifies it). */
public final class Sha256 {
  private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(Sha256::create);

  private Sha256() {}

  static MessageDigest create() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK must provide SHA-256", e);
    }
  }

  /** The per-thread digest, reset. Callers must not keep it across threads. */
  static MessageDigest digest() {
    MessageDigest md = DIGEST.get();
    md.reset();
    return md;
  }

  public static byte[] hash(byte[] data) {
    return hash(data, 0, data.length);
  }

  public static byte[] hash(byte[] data, int off, int len) {
    MessageDigest md = digest();
    md.update(data, off, len);
    return md.digest();
  }
}
