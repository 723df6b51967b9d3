package org.p2poolj.p2p.peer;

import java.util.List;
import java.util.Optional;
import org.p2poolj.p2p.wire.Message;

/**
 * The handshake as a pure function of (message, state, context) (spec 1.2, JT {@code
 * handle_version}): {@code version} must come first and only once; a peer below the protocol floor
 * or echoing our own nonce is misbehaving; a nonce already connected is a duplicate connection and
 * is dropped quietly. After the handshake every message is delivered to the node.
 */
public final class Handshake {
  private Handshake() {}

  /** What the connection knows about the handshake so far. */
  public record State(Optional<Message.Version> peerVersion) {
    public static final State INITIAL = new State(Optional.empty());

    public boolean established() {
      return peerVersion.isPresent();
    }
  }

  /** What the handler needs to know about the node. */
  public interface Context {
    long ownNonce();

    long minimumProtocolVersion();

    /** Whether a connected peer already announced this nonce. */
    boolean nonceConnected(long nonce);
  }

  /** What the shell must do. */
  public sealed interface Action {
    /** The handshake completed with this peer version. */
    record Established(Message.Version version) implements Action {}

    /** Pass a post-handshake message to the node. */
    record Deliver(Message message) implements Action {}

    /** End the connection for this reason (quietly or as misbehaviour, per the reason). */
    record Drop(Misbehaviour misbehaviour) implements Action {}
  }

  /** The new state and the actions to take, in order. */
  public record Result(State state, List<Action> actions) {}

  public static Result handle(Message message, State state, Context ctx) {
    if (!state.established()) {
      if (!(message instanceof Message.Version v)) {
        return drop(state, DisconnectReason.MESSAGE_BEFORE_VERSION);
      }
      return onFirstVersion(v, state, ctx);
    }
    if (message instanceof Message.Version) {
      return drop(state, DisconnectReason.DUPLICATE_VERSION);
    }
    return new Result(state, List.of(new Action.Deliver(message)));
  }

  private static Result onFirstVersion(Message.Version v, State state, Context ctx) {
    if (v.version() < ctx.minimumProtocolVersion()) {
      return drop(state, DisconnectReason.PROTOCOL_TOO_OLD);
    }
    if (v.nonce() == ctx.ownNonce()) {
      return drop(state, DisconnectReason.SELF_CONNECTION);
    }
    if (ctx.nonceConnected(v.nonce())) {
      return drop(state, DisconnectReason.DUPLICATE_CONNECTION);
    }
    return new Result(new State(Optional.of(v)), List.of(new Action.Established(v)));
  }

  private static Result drop(State state, DisconnectReason reason) {
    return new Result(state, List.of(new Action.Drop(Misbehaviour.of(reason))));
  }
}
