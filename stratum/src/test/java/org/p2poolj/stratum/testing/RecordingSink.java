package org.p2poolj.stratum.testing;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.p2poolj.stratum.submit.Submission;
import org.p2poolj.stratum.submit.SubmitSink;

/** Keeps every submission it is given. */
public final class RecordingSink implements SubmitSink {
  public final List<Submission> blocks = new CopyOnWriteArrayList<>();
  public final List<Submission> shares = new CopyOnWriteArrayList<>();
  public final List<Submission> pseudoshares = new CopyOnWriteArrayList<>();

  @Override
  public void onBlock(Submission s) {
    blocks.add(s);
  }

  @Override
  public void onShare(Submission s) {
    shares.add(s);
  }

  @Override
  public void onPseudoshare(Submission s) {
    pseudoshares.add(s);
  }
}
