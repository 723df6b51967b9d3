package org.p2poolj.share;

/** Unchecked carrier of an {@link InvalidShare} for code paths that cannot return a result. */
public final class VerificationException extends RuntimeException {
  private final InvalidShare invalid;

  public VerificationException(InvalidShare invalid) {
    super(invalid.toString(), null, false, false);
    this.invalid = invalid;
  }

  public VerificationException(InvalidShare.Reason reason, String detail) {
    this(InvalidShare.of(reason, detail));
  }

  public InvalidShare invalid() {
    return invalid;
  }

  public InvalidShare.Reason reason() {
    return invalid.reason();
  }
}
