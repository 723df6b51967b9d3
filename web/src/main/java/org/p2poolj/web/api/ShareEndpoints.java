package org.p2poolj.web.api;

import static org.p2poolj.web.api.Fields.hex;
import static org.p2poolj.web.api.Fields.hexOrNone;
import static org.p2poolj.web.api.Fields.hexes;
import static org.p2poolj.web.api.Fields.obj;

import java.util.List;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.web.http.HttpError;
import org.p2poolj.web.http.Request;
import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.NodeView;
import org.p2poolj.web.view.RecentBlock;
import org.p2poolj.web.view.ShareDetail;

/**
 * Share-chain reference endpoints: {@code /recent_blocks}, {@code /web/best_share_hash}, heads and
 * tails, {@code /web/my_share_hashes[50]}, and the explorer's {@code /web/share/<hash>}, {@code
 * /web/share_data/<hash>} and {@code /web/payout_address/<hash>}. Unlike the reference (which
 * answers null or an empty body), an unknown hash is a 404 and a malformed one a 400.
 */
final class ShareEndpoints {
  private static final int MY_SHARES_SHORT = 50;
  private final NodeView view;

  ShareEndpoints(NodeView view) {
    this.view = view;
  }

  void register(Router r) {
    r.get("/recent_blocks", req -> Response.json(recentBlocks()));
    r.get(
        "/web/best_share_hash",
        req -> Response.json(view.pool().bestShare().map(Hash256::toHex).orElse(null)));
    r.get("/web/heads", req -> Response.json(hexes(view.heads())));
    r.get("/web/verified_heads", req -> Response.json(hexes(view.verifiedHeads())));
    r.get("/web/tails", req -> Response.json(hexes(view.tails())));
    r.get("/web/verified_tails", req -> Response.json(hexes(view.verifiedTails())));
    r.get("/web/my_share_hashes", req -> Response.json(hexes(view.myShareHashes())));
    r.get("/web/my_share_hashes50", req -> Response.json(myShares50()));
    r.get("/web/share/{hash}", req -> Response.json(share(req)));
    r.get("/web/share_data/{hash}", this::shareData);
    r.get("/web/payout_address/{hash}", req -> Response.json(detail(req).data().payoutAddress()));
  }

  private List<String> myShares50() {
    List<Hash256> all = view.myShareHashes();
    return hexes(all.subList(0, Math.min(all.size(), MY_SHARES_SHORT)));
  }

  private List<Object> recentBlocks() {
    return view.recentBlocks().stream().map(ShareEndpoints::block).toList();
  }

  private static Object block(RecentBlock b) {
    return obj(
        "ts",
        b.timestamp(),
        "hash",
        hex(b.blockHash()),
        "number",
        b.number(),
        "share",
        hex(b.share()));
  }

  private ShareDetail detail(Request req) {
    Hash256 h = Fields.parseHash(req.param("hash"));
    return view.share(h).orElseThrow(() -> HttpError.notFound("unknown share " + h.toHex()));
  }

  private Response shareData(Request req) {
    Hash256 h = Fields.parseHash(req.param("hash"));
    byte[] data =
        view.shareData(h).orElseThrow(() -> HttpError.notFound("unknown share " + h.toHex()));
    return Response.bytes("application/octet-stream", data);
  }

  private Object share(Request req) {
    ShareDetail s = detail(req);
    ShareDetail.Data d = s.data();
    ShareDetail.Block b = s.block();
    return obj(
        "parent", hexOrNone(s.parent()),
        "far_parent", hexOrNone(s.farParent()),
        "children", hexes(s.children()),
        "type_name", s.typeName(),
        "local",
            obj(
                "verified", s.verified(),
                "time_first_seen", s.timeFirstSeen(),
                "peer_first_received_from", s.peerFirstReceivedFrom().orElse(null)),
        "share_data",
            obj(
                "timestamp", d.timestamp(),
                "target", d.target(),
                "max_target", d.maxTarget(),
                "payout_address", d.payoutAddress(),
                "donation", d.donation(),
                "stale_info", d.staleInfo().orElse(null),
                "nonce", d.nonce(),
                "desired_version", d.desiredVersion(),
                "absheight", d.absheight(),
                "abswork", d.abswork()),
        "block",
            obj(
                "hash", hex(b.hash()),
                "header",
                    obj(
                        "version", b.header().version(),
                        "previous_block", hex(b.header().previousBlock()),
                        "merkle_root", hex(b.header().merkleRoot()),
                        "timestamp", b.header().timestamp(),
                        "target", b.header().target(),
                        "nonce", b.header().nonce()),
                "gentx",
                    obj(
                        "hash", hex(b.gentx().hash()),
                        "raw", b.gentx().rawHex().orElse(null),
                        "coinbase", b.gentx().coinbaseHex(),
                        "value", b.gentx().value(),
                        "last_txout_nonce", b.gentx().lastTxoutNonce()),
                "other_transaction_hashes", hexes(b.otherTransactionHashes())));
  }
}
