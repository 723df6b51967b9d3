package org.p2poolj.p2p.peer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.p2poolj.p2p.wire.Message;
import org.p2poolj.p2p.wire.PeerAddress;

class HandshakeTest {
  private static final long OWN_NONCE = 111;

  private static Handshake.Context ctx(long floor, Set<Long> connected) {
    return new Handshake.Context() {
      @Override
      public long ownNonce() {
        return OWN_NONCE;
      }

      @Override
      public long minimumProtocolVersion() {
        return floor;
      }

      @Override
      public boolean nonceConnected(long nonce) {
        return connected.contains(nonce);
      }
    };
  }

  private static Message.Version version(long protocol, long nonce) {
    PeerAddress a = PeerAddress.of(0, "192.0.2.1", 9326);
    return new Message.Version(protocol, 0, a, a, nonce, "test", 1, Optional.empty());
  }

  private static DisconnectReason dropReason(Handshake.Result r) {
    assertThat(r.actions()).hasSize(1).first().isInstanceOf(Handshake.Action.Drop.class);
    return ((Handshake.Action.Drop) r.actions().getFirst()).misbehaviour().reason();
  }

  @Test
  void versionEstablishes() {
    Message.Version v = version(3502, 5);
    Handshake.Result r = Handshake.handle(v, Handshake.State.INITIAL, ctx(3301, Set.of()));
    assertThat(r.state().established()).isTrue();
    assertThat(r.actions()).containsExactly(new Handshake.Action.Established(v));
  }

  @Test
  void anythingBeforeVersionIsMisbehaviourThatBans() {
    Handshake.Result r =
        Handshake.handle(new Message.Ping(), Handshake.State.INITIAL, ctx(3301, Set.of()));
    assertThat(dropReason(r)).isEqualTo(DisconnectReason.MESSAGE_BEFORE_VERSION);
    assertThat(dropReason(r).bans()).isTrue();
    assertThat(r.state().established()).isFalse();
  }

  @Test
  void secondVersionIsMisbehaviour() {
    Handshake.State s =
        Handshake.handle(version(3502, 5), Handshake.State.INITIAL, ctx(3301, Set.of())).state();
    Handshake.Result r = Handshake.handle(version(3502, 5), s, ctx(3301, Set.of()));
    assertThat(dropReason(r)).isEqualTo(DisconnectReason.DUPLICATE_VERSION);
    assertThat(dropReason(r).bans()).isTrue();
  }

  @Test
  void versionBelowTheFloorIsTooOld() {
    assertThat(
            dropReason(
                Handshake.handle(version(3300, 5), Handshake.State.INITIAL, ctx(3301, Set.of()))))
        .isEqualTo(DisconnectReason.PROTOCOL_TOO_OLD);
    // exactly at the floor is accepted
    assertThat(
            Handshake.handle(version(3301, 5), Handshake.State.INITIAL, ctx(3301, Set.of()))
                .state()
                .established())
        .isTrue();
    // the ratchet: a raised floor rejects what was fine before
    assertThat(
            dropReason(
                Handshake.handle(version(3301, 5), Handshake.State.INITIAL, ctx(3500, Set.of()))))
        .isEqualTo(DisconnectReason.PROTOCOL_TOO_OLD);
  }

  @Test
  void ownNonceIsASelfConnection() {
    Handshake.Result r =
        Handshake.handle(version(3502, OWN_NONCE), Handshake.State.INITIAL, ctx(3301, Set.of()));
    assertThat(dropReason(r)).isEqualTo(DisconnectReason.SELF_CONNECTION);
    assertThat(dropReason(r).bans()).isTrue();
  }

  @Test
  void knownNonceIsAQuietDuplicate() {
    Handshake.Result r =
        Handshake.handle(version(3502, 9), Handshake.State.INITIAL, ctx(3301, Set.of(9L)));
    assertThat(dropReason(r)).isEqualTo(DisconnectReason.DUPLICATE_CONNECTION);
    assertThat(dropReason(r).isMisbehaviour()).isFalse();
  }

  @Test
  void afterTheHandshakeMessagesAreDelivered() {
    Handshake.State s =
        Handshake.handle(version(3502, 5), Handshake.State.INITIAL, ctx(3301, Set.of())).state();
    Message m = new Message.GetAddrs(8);
    Handshake.Result r = Handshake.handle(m, s, ctx(3301, Set.of()));
    assertThat(r.actions()).containsExactly(new Handshake.Action.Deliver(m));
    assertThat(r.state()).isEqualTo(s);
  }
}
