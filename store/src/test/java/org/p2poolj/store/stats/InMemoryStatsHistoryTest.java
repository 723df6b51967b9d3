package org.p2poolj.store.stats;

class InMemoryStatsHistoryTest extends StatsHistoryContract {
  @Override
  protected StatsHistory history() {
    return new InMemoryStatsHistory(RetentionPolicy.DEFAULT);
  }
}
