package org.p2poolj.node.lifecycle;

import java.util.List;

/** A service that appends "start:name" / "stop:name" to a shared journal, optionally failing. */
final class RecordingService extends AbstractService {
  private final List<String> journal;
  private final boolean failOnStart;

  RecordingService(String name, List<String> journal, boolean failOnStart) {
    super(name);
    this.journal = journal;
    this.failOnStart = failOnStart;
  }

  RecordingService(String name, List<String> journal) {
    this(name, journal, false);
  }

  @Override
  protected void doStart() throws Exception {
    journal.add("start:" + name());
    if (failOnStart) {
      throw new IllegalStateException("port in use");
    }
  }

  @Override
  protected void doStop() {
    journal.add("stop:" + name());
  }
}
