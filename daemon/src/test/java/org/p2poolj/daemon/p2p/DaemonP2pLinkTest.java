package org.p2poolj.daemon.p2p;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.p2poolj.coin.block.BlockHeader;
import org.p2poolj.coin.codec.Hex;
import org.p2poolj.coin.hash.Hash256;

/** The link against a scripted fake daemon P2P port on loopback. */
class DaemonP2pLinkTest {
  private static final byte[] MAGIC = Hex.decode("fabfb5da");

  private static Frame read(DataInputStream in) throws IOException {
    byte[] header = in.readNBytes(Frame.headerLength(MAGIC.length));
    Frame.Header h = Frame.readHeader(header, MAGIC);
    return h.withPayload(in.readNBytes(h.length()));
  }

  private static void write(OutputStream out, String command, byte[] payload) throws IOException {
    out.write(new Frame(command, payload).encode(MAGIC));
    out.flush();
  }

  @Test
  void handshakePingInvBlockAndReconnectAfterGarbage() throws Exception {
    LinkedBlockingQueue<Hash256> announced = new LinkedBlockingQueue<>();
    Hash256 block = Hash256.fromHex("ab".repeat(32));
    try (ServerSocket server = new ServerSocket(0, 5, InetAddress.getLoopbackAddress());
        DaemonP2pLink link =
            new DaemonP2pLink(
                new InetSocketAddress(InetAddress.getLoopbackAddress(), server.getLocalPort()),
                MAGIC,
                announced::add,
                Clock.systemUTC(),
                new Random(3))) {
      server.setSoTimeout(10_000);
      link.start();
      try (Socket s = server.accept()) {
        s.setSoTimeout(10_000);
        DataInputStream in = new DataInputStream(s.getInputStream());
        OutputStream out = s.getOutputStream();
        Frame version = read(in);
        assertThat(version.command()).isEqualTo("version");
        VersionMessage v = VersionMessage.decode(version.payload());
        assertThat(v.services()).isEqualTo(VersionMessage.SERVICES);
        assertThat(v.protocolVersion()).isEqualTo(70016);
        write(out, "version", v.encode());
        assertThat(read(in).command()).isEqualTo("verack");
        assertThat(link.isConnected()).isFalse();
        write(out, "sendcmpct", new byte[9]);
        write(out, "verack", new byte[0]);
        assertThat(link.awaitConnected(Duration.ofSeconds(5))).isTrue();

        byte[] nonce = Hex.decode("0102030405060708");
        write(out, "ping", nonce);
        Frame pong = read(in);
        assertThat(pong.command()).isEqualTo("pong");
        assertThat(pong.payload()).isEqualTo(nonce);

        write(out, "inv", InvItem.encodeList(List.of(new InvItem(InvItem.MSG_BLOCK, block))));
        assertThat(announced.poll(5, TimeUnit.SECONDS)).isEqualTo(block);

        BlockHeader header =
            new BlockHeader(0x20000000L, block, Hash256.ZERO, 1_700_000_000L, 0x207fffffL, 5);
        byte[] headers =
            new org.p2poolj.coin.codec.ByteWriter()
                .varInt(1)
                .bytes(header.serialize())
                .varInt(0)
                .toByteArray();
        write(out, "headers", headers);
        assertThat(announced.poll(5, TimeUnit.SECONDS)).isEqualTo(header.hash());

        byte[] fakeBlock = Hex.decode("00112233");
        assertThat(link.sendBlock(fakeBlock)).isTrue();
        Frame sent = read(in);
        assertThat(sent.command()).isEqualTo("block");
        assertThat(sent.payload()).isEqualTo(fakeBlock);

        out.write(Hex.decode("deadbeef" + "00".repeat(20))); // a full header, wrong magic
        out.flush();
        // The link drops the connection on bad bytes...
        assertThat(in.read()).isEqualTo(-1);
      }
      // ...and dials again with backoff.
      try (Socket again = server.accept()) {
        again.setSoTimeout(10_000);
        assertThat(read(new DataInputStream(again.getInputStream())).command())
            .isEqualTo("version");
      }
      assertThat(link.announcements()).isEqualTo(2);
    }
  }

  @Test
  void sendBlockWithoutConnectionIsFalse() {
    try (DaemonP2pLink link =
        new DaemonP2pLink(
            new InetSocketAddress(InetAddress.getLoopbackAddress(), 1),
            MAGIC,
            h -> {},
            Clock.systemUTC(),
            new Random(1))) {
      assertThat(link.sendBlock(new byte[10])).isFalse();
      assertThat(link.blocksSent()).isZero();
    }
  }
}
