package org.p2poolj.stratum.job;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigInteger;
import org.junit.jupiter.api.Test;
import org.p2poolj.stratum.testing.TestJobs;

class JobRegistryTest {
  private static StratumJob job(String id, long gen, long at) {
    return StratumJob.create(id, TestJobs.spec(1, BigInteger.TEN, BigInteger.ONE), true, gen, at);
  }

  @Test
  void olderJobsOfTheSameBlockStayCurrentAndANewBlockMakesThemStale() {
    JobRegistry r = new JobRegistry(300_000, 100);
    r.register(job("a", r.blockGeneration(), 0), 0);
    r.register(job("b", r.blockGeneration(), 1), 1);
    assertThat(r.lookup("a", 2)).isInstanceOf(JobLookup.Current.class);
    r.newBlock();
    r.register(job("c", r.blockGeneration(), 3), 3);
    assertThat(r.lookup("a", 4)).isInstanceOf(JobLookup.Stale.class);
    assertThat(r.lookup("b", 4)).isInstanceOf(JobLookup.Stale.class);
    assertThat(r.lookup("c", 4)).isInstanceOf(JobLookup.Current.class);
    assertThat(r.lookup("zzz", 4)).isInstanceOf(JobLookup.Missing.class);
    assertThat(r.lookup(null, 4)).isInstanceOf(JobLookup.Missing.class);
  }

  @Test
  void jobsExpireByAgeAndByCount() {
    JobRegistry r = new JobRegistry(1000, 3);
    for (int i = 0; i < 5; i++) {
      r.register(job("j" + i, 0, i), i);
    }
    assertThat(r.size()).isEqualTo(3);
    assertThat(r.contains("j0")).isFalse();
    assertThat(r.lookup("j4", 1004)).isInstanceOf(JobLookup.Current.class);
    assertThat(r.lookup("j4", 1005)).isInstanceOf(JobLookup.Missing.class);
    r.expire(5000);
    assertThat(r.size()).isZero();
  }

  @Test
  void duplicateIdsAreRefused() {
    JobRegistry r = new JobRegistry(1000, 3);
    r.register(job("x", 0, 0), 0);
    assertThatThrownBy(() -> r.register(job("x", 0, 0), 0))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notifyLinesDifferOnlyInTheCleanFlag() {
    StratumJob j = job("q", 0, 0);
    assertThat(j.notifyLine()).endsWith("true]}");
    assertThat(j.renotifyLine()).endsWith("false]}");
    assertThat(j.notifyLine().replace("true]}", "false]}")).isEqualTo(j.renotifyLine());
  }
}
