package org.p2poolj.web.status;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UnitsTest {
  @ParameterizedTest
  @CsvSource({
    "0, 0 H/s",
    "-5, 0 H/s",
    "7, 7.00 H/s",
    "999, 999 H/s",
    "999.5, 1.00 kH/s",
    "456000, 456 kH/s",
    "1234567, 1.23 MH/s",
    "12600000, 12.6 MH/s",
    "3.2e15, 3.20 PH/s"
  })
  void hashRates(double hps, String expected) {
    assertThat(Units.hashRate(hps)).isEqualTo(expected);
  }

  @ParameterizedTest
  @CsvSource({
    "-1, never",
    "45, 45 s",
    "119, 119 s",
    "720, 12 min",
    "12600, 3.5 h",
    "181440, 2.1 days"
  })
  void durations(double seconds, String expected) {
    assertThat(Units.duration(seconds)).isEqualTo(expected);
  }
}
