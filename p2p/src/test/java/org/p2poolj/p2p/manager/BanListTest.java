package org.p2poolj.p2p.manager;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.InstantSource;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.peer.DisconnectReason;

class BanListTest {
  private final AtomicReference<Instant> now =
      new AtomicReference<>(Instant.ofEpochSecond(1_000_000));
  private final InstantSource clock = now::get;

  private void advance(Duration d) {
    now.set(now.get().plus(d));
  }

  @Test
  void banLengthGrowsWithTheSquareOfTheScore() {
    BanList bans = new BanList(clock, true);
    Ban first = bans.offence("198.51.100.7", DisconnectReason.BAD_CHECKSUM).orElseThrow();
    assertThat(first.until()).isEqualTo(now.get().plus(Duration.ofHours(1)));
    Ban second = bans.offence("198.51.100.7", DisconnectReason.BAD_CHECKSUM).orElseThrow();
    assertThat(second.score()).isEqualTo(2);
    assertThat(second.until()).isEqualTo(now.get().plus(Duration.ofHours(4)));
    Ban third = bans.offence("198.51.100.7", DisconnectReason.SHARE_REQUEST_TIMEOUT).orElseThrow();
    assertThat(third.until()).isEqualTo(now.get().plus(Duration.ofSeconds(30 * 9)));
  }

  @Test
  void bansExpireThroughTheClock() {
    BanList bans = new BanList(clock, true);
    bans.offence("198.51.100.7", DisconnectReason.SHARE_REQUEST_TIMEOUT);
    assertThat(bans.isBanned("198.51.100.7")).isTrue();
    assertThat(bans.isBanned("198.51.100.8")).isFalse();
    assertThat(bans.list()).extracting(Ban::host).containsExactly("198.51.100.7");
    advance(Duration.ofSeconds(29));
    assertThat(bans.isBanned("198.51.100.7")).isTrue();
    advance(Duration.ofSeconds(1));
    assertThat(bans.isBanned("198.51.100.7")).isFalse();
    assertThat(bans.list()).isEmpty();
  }

  @Test
  void loopbackIsExemptOnlyWhenConfigured() {
    assertThat(new BanList(clock, true).offence("127.0.0.1", DisconnectReason.BAD_CHECKSUM))
        .isEmpty();
    BanList strict = new BanList(clock, false);
    assertThat(strict.offence("127.0.0.1", DisconnectReason.BAD_CHECKSUM)).isPresent();
    assertThat(strict.isBanned("127.0.0.1")).isTrue();
  }

  @Test
  void unbanLiftsTheBanButKeepsTheScore() {
    BanList bans = new BanList(clock, true);
    bans.offence("203.0.113.2", DisconnectReason.INVALID_SHARE);
    assertThat(bans.unban("203.0.113.2")).isTrue();
    assertThat(bans.isBanned("203.0.113.2")).isFalse();
    assertThat(bans.unban("203.0.113.2")).isFalse();
    Ban again = bans.offence("203.0.113.2", DisconnectReason.INVALID_SHARE).orElseThrow();
    assertThat(again.score()).isEqualTo(2);
  }

  @Test
  void forgivingLowersScores() {
    BanList bans = new BanList(clock, true);
    bans.offence("203.0.113.1", DisconnectReason.BAD_CHECKSUM);
    bans.offence("203.0.113.1", DisconnectReason.BAD_CHECKSUM);
    bans.forgive();
    assertThat(bans.score("203.0.113.1")).isEqualTo(1);
    bans.forgive();
    assertThat(bans.score("203.0.113.1")).isZero();
  }
}
