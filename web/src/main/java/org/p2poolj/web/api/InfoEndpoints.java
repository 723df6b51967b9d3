package org.p2poolj.web.api;

import static org.p2poolj.web.api.Fields.obj;

import org.p2poolj.web.http.Response;
import org.p2poolj.web.http.Router;
import org.p2poolj.web.view.NodeInfo;
import org.p2poolj.web.view.NodeView;

/** {@code /web/version} and {@code /web/currency_info}. */
final class InfoEndpoints {
  private final NodeView view;

  InfoEndpoints(NodeView view) {
    this.view = view;
  }

  void register(Router r) {
    r.get("/web/version", req -> Response.json(view.info().version()));
    r.get("/web/currency_info", req -> Response.json(currencyInfo(view.info())));
  }

  static Object currencyInfo(NodeInfo i) {
    return obj(
        "symbol", i.symbol(),
        "block_explorer_url_prefix", i.blockExplorerUrlPrefix(),
        "address_explorer_url_prefix", i.addressExplorerUrlPrefix(),
        "tx_explorer_url_prefix", i.txExplorerUrlPrefix());
  }
}
