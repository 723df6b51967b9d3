package org.p2poolj.daemon.rpc;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed daemon calls on top of {@link RpcClient}. Answers are mapped into records here so the rest
 * of the node never touches raw JSON, except the block template, whose strict parser lives in the
 * template package.
 */
public final class DaemonRpc {
  private final RpcClient client;

  public DaemonRpc(RpcClient client) {
    this.client = client;
  }

  public RpcClient client() {
    return client;
  }

  /** Raw {@code getblocktemplate}; {@code longPollId} makes it a long-poll. */
  public JsonNode getBlockTemplateJson(
      List<String> rules, Optional<String> longPollId, Duration timeout) throws DaemonRpcException {
    Map<String, Object> request = new LinkedHashMap<>();
    request.put("rules", rules);
    longPollId.ifPresent(id -> request.put("longpollid", id));
    return client.callWithTimeout("getblocktemplate", timeout, request);
  }

  /**
   * Submits a serialized block; returns empty when accepted, else the daemon's reject reason
   * ("duplicate", "high-hash", "inconclusive", ...).
   */
  public Optional<String> submitBlock(String blockHex) throws DaemonRpcException {
    JsonNode result = client.call("submitblock", blockHex);
    return result.isNull() ? Optional.empty() : Optional.of(result.asText());
  }

  public ChainInfo getBlockchainInfo() throws DaemonRpcException {
    JsonNode r = client.call("getblockchaininfo");
    Map<String, Boolean> forks = new LinkedHashMap<>();
    r.path("softforks").properties().forEach(e -> forks.put(e.getKey(), activeFlag(e.getValue())));
    return new ChainInfo(
        r.path("chain").asText(),
        r.path("blocks").asLong(-1),
        r.path("headers").asLong(-1),
        r.path("bestblockhash").asText(),
        r.path("initialblockdownload").asBoolean(false),
        r.path("verificationprogress").asDouble(0),
        forks);
  }

  private static boolean activeFlag(JsonNode fork) {
    if (fork.has("active")) {
      return fork.get("active").asBoolean();
    }
    // Older daemons: {"status": "active"} inside bip9.
    return "active".equals(fork.path("bip9").path("status").asText());
  }

  public NetworkInfo getNetworkInfo() throws DaemonRpcException {
    JsonNode r = client.call("getnetworkinfo");
    return new NetworkInfo(
        r.path("version").asInt(),
        r.path("subversion").asText(),
        r.path("protocolversion").asInt(),
        r.path("connections").asInt(),
        Long.parseUnsignedLong(r.path("localservices").asText("0"), 16));
  }

  public MiningInfo getMiningInfo() throws DaemonRpcException {
    JsonNode r = client.call("getmininginfo");
    return new MiningInfo(
        r.path("blocks").asLong(),
        r.path("difficulty").asDouble(),
        r.path("networkhashps").asDouble(),
        r.path("chain").asText(),
        r.path("pooledtx").asLong());
  }

  public AddressValidation validateAddress(String address) throws DaemonRpcException {
    JsonNode r = client.call("validateaddress", address);
    return new AddressValidation(
        address,
        r.path("isvalid").asBoolean(false),
        r.path("scriptPubKey").asText(""),
        r.path("iswitness").asBoolean(false),
        r.path("ismweb").asBoolean(false));
  }

  public String getBestBlockHash() throws DaemonRpcException {
    return client.call("getbestblockhash").asText();
  }

  public String getBlockHash(long height) throws DaemonRpcException {
    return client.call("getblockhash", height).asText();
  }

  public long getBlockCount() throws DaemonRpcException {
    return client.call("getblockcount").asLong();
  }

  public BlockHeaderInfo getBlockHeader(String hash) throws DaemonRpcException {
    JsonNode r = client.call("getblockheader", hash, true);
    return new BlockHeaderInfo(
        r.path("hash").asText(),
        r.path("height").asLong(),
        r.path("confirmations").asLong(),
        r.path("version").asLong(),
        r.path("merkleroot").asText(),
        r.path("time").asLong(),
        Long.parseLong(r.path("bits").asText("0"), 16),
        r.path("nonce").asLong(),
        r.path("previousblockhash").asText(""),
        r.path("nTx").asInt());
  }

  /** {@code getblock <hash> 0}: the raw block as the daemon stores it. */
  public String getBlockHex(String hash) throws DaemonRpcException {
    return client.call("getblock", hash, 0).asText();
  }
}
