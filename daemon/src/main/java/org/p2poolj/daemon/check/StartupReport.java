package org.p2poolj.daemon.check;

import java.util.List;
import java.util.Optional;

/** All outcomes of a start-up check run, in order; the run stops at the first failure. */
public record StartupReport(List<CheckOutcome> outcomes) {
  public StartupReport {
    outcomes = List.copyOf(outcomes);
  }

  public boolean ok() {
    return outcomes.stream().allMatch(CheckOutcome::ok);
  }

  public Optional<CheckOutcome> firstFailure() {
    return outcomes.stream().filter(o -> !o.ok()).findFirst();
  }
}
