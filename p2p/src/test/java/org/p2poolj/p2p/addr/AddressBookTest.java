package org.p2poolj.p2p.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AddressBookTest {
  @Test
  void seenKeepsFirstAndLastTimes() {
    AddressBook book = new AddressBook();
    HostPort a = new HostPort("198.51.100.1", 9326);
    book.seen(a, 0, 1000);
    book.seen(a, 1, 2000);
    book.seen(a, 1, 1500);
    assertThat(book.snapshot()).containsEntry(a, new AddrEntry(1, 1000, 2000));
  }

  @Test
  void capacityEvictsTheEntrySeenLongestAgo() {
    AddressBook book = new AddressBook(3);
    book.seen(new HostPort("10.0.0.1", 1), 0, 300);
    book.seen(new HostPort("10.0.0.2", 1), 0, 100);
    book.seen(new HostPort("10.0.0.3", 1), 0, 200);
    book.seen(new HostPort("10.0.0.4", 1), 0, 400);
    assertThat(book.size()).isEqualTo(3);
    assertThat(book.snapshot()).doesNotContainKey(new HostPort("10.0.0.2", 1));
  }

  @Test
  void goodPeersRespectsTheLimitAndExclusions() {
    AddressBook book = new AddressBook();
    for (int i = 0; i < 50; i++) {
      book.seen(new HostPort("10.0.0." + i, 9326), 0, 1000 + i);
    }
    HostPort excluded = new HostPort("10.0.0.7", 9326);
    var picked = book.goodPeers(10, 2000, new SplittableRandom(1), Set.of(excluded));
    assertThat(picked).hasSize(10).extracting(Map.Entry::getKey).doesNotContain(excluded);
    assertThat(picked.stream().map(Map.Entry::getKey).distinct()).hasSize(10);
  }

  @Test
  void fileRoundTripInP2poolsShape(@TempDir Path dir) throws IOException {
    AddressBook book = new AddressBook();
    book.seen(new HostPort("198.51.100.1", 9326), 0, 1000);
    book.seen(new HostPort("2001:db8::1", 9333), 5, 2000);
    Path file = dir.resolve(AddressBookFile.FILE_NAME);
    AddressBookFile.save(book, file);
    assertThat(Files.readString(file)).contains("[[\"198.51.100.1\",9326],[0,1000,1000]]");
    AddressBook loaded = new AddressBook();
    assertThat(AddressBookFile.load(loaded, file)).isEqualTo(2);
    assertThat(loaded.snapshot()).isEqualTo(book.snapshot());
  }

  @Test
  void loadsP2poolFloatTimesAndSkipsJunkEntries(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("addrs.json");
    Files.writeString(
        file,
        "[[[\"203.0.113.5\", 9326], [0, 1714426000.25, 1714429000.75]], [\"junk\"], [[1, 2], [0]]]");
    AddressBook book = new AddressBook();
    assertThat(AddressBookFile.load(book, file)).isEqualTo(1);
    assertThat(book.snapshot())
        .containsEntry(
            new HostPort("203.0.113.5", 9326), new AddrEntry(0, 1714426000L, 1714429000L));
  }

  @Test
  void missingFileLoadsNothing(@TempDir Path dir) throws IOException {
    assertThat(AddressBookFile.load(new AddressBook(), dir.resolve("none.json"))).isZero();
  }

  @Test
  void hostPortParsing() {
    assertThat(HostPort.parse("example.org", 9326)).isEqualTo(new HostPort("example.org", 9326));
    assertThat(HostPort.parse("1.2.3.4:9999", 9326)).isEqualTo(new HostPort("1.2.3.4", 9999));
    assertThat(HostPort.parse("[::1]:7", 9326)).isEqualTo(new HostPort("::1", 7));
    assertThat(HostPort.parse("2001:db8::1", 9326)).isEqualTo(new HostPort("2001:db8::1", 9326));
  }
}
