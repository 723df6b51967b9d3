package org.p2poolj.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.p2poolj.coin.hash.Hash256;

class StoredShareTest {
  @Test
  void contentsAreCopiedInAndOut() {
    byte[] contents = {1, 2, 3};
    StoredShare s = new StoredShare(Hash256.ZERO, 35, contents, false, 5, null);
    contents[0] = 9;
    s.contents()[1] = 9;
    assertThat(s.contents()).containsExactly(1, 2, 3);
  }

  @Test
  void equalityIsByContent() {
    StoredShare a = new StoredShare(Hash256.ZERO, 35, new byte[] {1}, false, 5, "p");
    StoredShare b = new StoredShare(Hash256.ZERO, 35, new byte[] {1}, false, 5, "p");
    assertThat(a).isEqualTo(b).hasSameHashCodeAs(b);
    assertThat(a).isNotEqualTo(b.withVerified(true));
  }

  @Test
  void shareTypeBytesAreVarIntTypeThenVarStr() {
    StoredShare s = new StoredShare(Hash256.ZERO, 35, new byte[300], false, 0, null);
    byte[] wire = s.shareTypeBytes();
    // 35 fits one byte; a length of 300 needs the 0xfd prefix and two little-endian bytes.
    assertThat(wire).hasSize(1 + 3 + 300);
    assertThat(wire[0]).isEqualTo((byte) 35);
    assertThat(wire[1] & 0xff).isEqualTo(0xfd);
    assertThat((wire[2] & 0xff) | (wire[3] & 0xff) << 8).isEqualTo(300);
  }

  @Test
  void rejectsANegativeType() {
    assertThatThrownBy(() -> new StoredShare(Hash256.ZERO, -1, new byte[0], false, 0, null))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
