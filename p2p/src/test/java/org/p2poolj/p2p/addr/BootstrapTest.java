package org.p2poolj.p2p.addr;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class BootstrapTest {
  @Test
  void resolvesOnlyWhenAskedAndSkipsDeadNames() {
    List<String> asked = new ArrayList<>();
    Bootstrap.Resolver fake =
        host -> {
          asked.add(host);
          return switch (host) {
            case "seed.example" -> List.of("192.0.2.1", "192.0.2.2");
            case "198.51.100.3" -> List.of("198.51.100.3");
            default -> throw new UnknownHostException(host);
          };
        };
    Bootstrap b =
        new Bootstrap(
            List.of("seed.example", "dead.example:1234", "198.51.100.3:9999"), 9326, fake);
    assertThat(asked).isEmpty();
    assertThat(b.resolve())
        .containsExactly(
            new HostPort("192.0.2.1", 9326),
            new HostPort("192.0.2.2", 9326),
            new HostPort("198.51.100.3", 9999));
    assertThat(asked).containsExactly("seed.example", "dead.example", "198.51.100.3");
  }
}
