package org.p2poolj.p2p.wire;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.p2poolj.coin.codec.ProtocolException;

/**
 * Random and mutated payloads for every command: the decoders either succeed (and then re-encode to
 * the same bytes) or fail with {@link ProtocolException}, never anything else.
 */
class DecoderFuzzTest {
  private static final List<String> COMMANDS =
      List.of(
          "version",
          "ping",
          "addrme",
          "addrs",
          "getaddrs",
          "shares",
          "sharereq",
          "sharereply",
          "bestblock",
          "have_tx",
          "losing_tx",
          "remember_tx",
          "forget_tx");

  private static void check(String command, byte[] payload) {
    try {
      Messages.decode(command, payload)
          .ifPresent(m -> assertThat(Messages.encode(m)).isEqualTo(payload));
    } catch (ProtocolException expected) {
      // the only allowed failure
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {1, 2, 3, 4})
  void randomPayloads(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int i = 0; i < 3000; i++) {
      byte[] payload = new byte[r.nextInt(200)];
      r.nextBytes(payload);
      check(COMMANDS.get(r.nextInt(COMMANDS.size())), payload);
    }
  }

  @ParameterizedTest
  @ValueSource(longs = {10, 11})
  void mutatedValidPayloads(long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    for (int round = 0; round < 50; round++) {
      for (Message m : MessageRoundTripTest.all(r)) {
        byte[] payload = Messages.encode(m);
        if (payload.length == 0) {
          continue;
        }
        for (int k = 0; k < 20; k++) {
          byte[] mutated = payload.clone();
          int flips = 1 + r.nextInt(3);
          for (int f = 0; f < flips; f++) {
            mutated[r.nextInt(mutated.length)] = (byte) r.nextInt(256);
          }
          check(m.command(), mutated);
        }
      }
    }
  }
}
