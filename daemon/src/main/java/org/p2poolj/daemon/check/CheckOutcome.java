package org.p2poolj.daemon.check;

/** The result of one check: pass or fail, with the one line to show the operator. */
public record CheckOutcome(Check check, boolean ok, String line) {
  public static CheckOutcome pass(Check check, String line) {
    return new CheckOutcome(check, true, line);
  }

  public static CheckOutcome fail(Check check, String line) {
    return new CheckOutcome(check, false, line);
  }
}
