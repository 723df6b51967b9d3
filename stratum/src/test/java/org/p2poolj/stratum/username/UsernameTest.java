package org.p2poolj.stratum.username;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference's username rules (spec §6.2), one case per rule. */
class UsernameTest {
  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      nullValues = "-",
      value = {
        "Qaddr            | Qaddr     | -     | -    | -",
        "Qaddr.rig1       | Qaddr     | rig1  | -    | -",
        "Qaddr_rig1       | Qaddr     | rig1  | -    | -",
        "Qaddr_rig.1      | Qaddr     | rig.1 | -    | -",
        "Qaddr.rig_1      | Qaddr.rig | 1     | -    | -",
        "Qaddr+1024       | Qaddr     | -     | 1024 | -",
        "Qaddr/65536      | Qaddr     | -     | -    | 65536",
        "Qaddr+5/7+9      | Qaddr     | -     | 9    | 7",
        "Qaddr/7+5/8      | Qaddr     | -     | 5    | 8",
        "Qaddr.w+1e3      | Qaddr     | w     | 1000 | -",
        "Qaddr+abc        | Qaddr     | -     | -    | -",
        "Qaddr+           | Qaddr     | -     | -    | -",
        "Qaddr+0          | Qaddr     | -     | -    | -",
        "Qaddr+-5         | Qaddr     | -     | -    | -",
        "Qaddr+2+junk     | Qaddr     | -     | 2    | -",
        "Qaddr/0.5.w      | Qaddr     | -     | -    | -",
      })
  void parsesLikeTheReference(
      String raw, String address, String worker, Double pseudo, Double share) {
    Username u = Username.parse(raw);
    assertThat(u.raw()).isEqualTo(raw);
    assertThat(u.address()).isEqualTo(address);
    assertThat(u.worker()).isEqualTo(Optional.ofNullable(worker));
    assertThat(u.pseudoshareDifficulty().isPresent()).isEqualTo(pseudo != null);
    if (pseudo != null) {
      assertThat(u.pseudoshareDifficulty().getAsDouble()).isEqualTo(pseudo);
    }
    assertThat(u.shareDifficulty().isPresent()).isEqualTo(share != null);
    if (share != null) {
      assertThat(u.shareDifficulty().getAsDouble()).isEqualTo(share);
    }
  }

  @Test
  void emptyUsernameHasEmptyAddress() {
    assertThat(Username.parse("").address()).isEmpty();
  }

  @Test
  void statsKeyDropsTheModifiers() {
    assertThat(Username.parse("Qaddr_rig+5/9").userToken()).isEqualTo("Qaddr.rig");
    assertThat(Username.parse("Qaddr/9").userToken()).isEqualTo("Qaddr");
  }
}
