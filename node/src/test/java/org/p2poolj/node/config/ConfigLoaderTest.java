package org.p2poolj.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.p2poolj.coin.address.Address;
import org.p2poolj.coin.chain.ChainParams;
import org.p2poolj.coin.script.Scripts;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;

class ConfigLoaderTest {
  @TempDir Path home;

  private P2poolConfig load(String toml, ConfigOverride... overrides) throws IOException {
    Path file = home.resolve("c.toml");
    Files.writeString(file, toml);
    return new ConfigLoader(home).load(Optional.of(file), List.of(overrides)).config();
  }

  private String error(String toml) {
    return assertThatThrownBy(() -> load(toml))
        .isInstanceOf(ConfigException.class)
        .actual()
        .getMessage();
  }

  @Test
  void withNothingTheDefaultsAreLitecoinMainnet() {
    P2poolConfig c = new ConfigLoader(home).load(Optional.empty(), List.of()).config();
    assertThat(c.network()).isEqualTo(Network.LITECOIN);
    // Spec section 5.1/5.2: LTC pool P2P 9326, worker 9327; litecoind RPC 9332, P2P 9333.
    assertThat(c.p2p().port()).isEqualTo(9326);
    assertThat(c.stratum().port()).isEqualTo(9327);
    assertThat(c.daemon().rpcPort()).isEqualTo(9332);
    assertThat(c.daemon().p2pPort()).isEqualTo(9333);
    Path datadir = home.resolve(".p2poolj/litecoin");
    assertThat(c.node().datadirPath()).isEqualTo(datadir);
    assertThat(c.log().filePath()).contains(datadir.resolve("p2poolj.log"));
    assertThat(c.store().filePath()).isEqualTo(datadir.resolve("shares.sqlite"));
    assertThat(c.daemon().cookiePath()).contains(home.resolve(".litecoin/.cookie"));
    assertThat(c.sharechain().overridesNothing()).isTrue();
  }

  @ParameterizedTest
  @CsvSource({
    // net, pool p2p, worker, daemon rpc, daemon p2p: spec 5.1 and 5.2 (mainnet, testnet)
    "bitcoin, 9333, 9332, 8332, 8333",
    "bitcoin-testnet, 19333, 19332, 18332, 18333",
    "litecoin-testnet, 19338, 19327, 19332, 19335",
  })
  void poolAndDaemonPortsFollowTheNetwork(String net, int p2p, int worker, int rpc, int daemonP2p)
      throws IOException {
    P2poolConfig c = load("[coin]\nnet = \"" + net + "\"\n");
    assertThat(c.p2p().port()).isEqualTo(p2p);
    assertThat(c.stratum().port()).isEqualTo(worker);
    assertThat(c.daemon().rpcPort()).isEqualTo(rpc);
    assertThat(c.daemon().p2pPort()).isEqualTo(daemonP2p);
  }

  @Test
  void regtestListensOnLoopbackAndUsesTheRegtestDaemonPorts() throws IOException {
    P2poolConfig c = load("[coin]\nnet = \"litecoin-regtest\"\n");
    // litecoind regtest defaults: RPC 19443, P2P 19444 (spec litecoind-regtest.md).
    assertThat(c.daemon().rpcPort()).isEqualTo(19443);
    assertThat(c.daemon().p2pPort()).isEqualTo(19444);
    assertThat(List.of(c.p2p().bind(), c.stratum().bind(), c.web().bind()))
        .containsOnly("127.0.0.1");
  }

  @Test
  void aDatadirFromTheFileMovesTheLogAndStoreFiles() throws IOException {
    P2poolConfig c = load("[node]\ndatadir = \"~/pool\"\n");
    assertThat(c.node().datadirPath()).isEqualTo(home.resolve("pool"));
    assertThat(c.log().file()).isEqualTo(home.resolve("pool/p2poolj.log").toString());
    assertThat(c.store().file()).isEqualTo(home.resolve("pool/shares.sqlite").toString());
  }

  @Test
  void overridesBeatTheFile() throws IOException {
    P2poolConfig c =
        load(
            "[stratum]\nport = 4000\nmax_sessions = 12\n",
            ConfigOverride.of("stratum", "port", 5000));
    assertThat(c.stratum().port()).isEqualTo(5000);
    assertThat(c.stratum().maxSessions()).isEqualTo(12);
  }

  @Test
  void sharechainOverridesAreBoundAndNormalised() throws IOException {
    P2poolConfig c =
        load(
            """
            [sharechain]
            identifier = "E037D5B8C6923410"
            prefix = "7208c1a53ef629b0"
            share_period = 10
            chain_length = 100
            max_target = "00000fffff"
            bootstrap_peers = ["10.0.0.1:9338", "[::1]:9338", "peer.example"]
            """);
    ShareChainConfig s = c.sharechain();
    assertThat(s.identifier()).isEqualTo("e037d5b8c6923410");
    assertThat(s.sharePeriod()).isEqualTo(10);
    assertThat(s.chainLength()).isEqualTo(100);
    assertThat(s.spread()).isNull();
    assertThat(s.maxTarget()).isEqualTo("00000fffff");
    assertThat(s.bootstrapPeers()).hasSize(3);
    assertThat(s.overridesNothing()).isFalse();
  }

  static Stream<Arguments> badValues() {
    return Stream.of(
        Arguments.of("[stratum]\nport = 0", "[stratum].port: 0 is not a port"),
        Arguments.of("[daemon]\nrpc_port = 65536", "[daemon].rpc_port: 65536 is not a port"),
        Arguments.of(
            "[node]\ndonation_percent = -1", "[node].donation_percent: -1.0 is not a percentage"),
        Arguments.of(
            "[node]\nfee_percent = 60\ndonation_percent = 50",
            "[node].donation_percent: fee_percent + donation_percent exceed 100"),
        Arguments.of(
            "[sharechain]\nprefix = \"xyz\"", "[sharechain].prefix: 'xyz' must be 16 hex digits"),
        Arguments.of(
            "[sharechain]\nmin_target = \"0x10\"",
            "[sharechain].min_target: '0x10' must be 1 to 64 hex digits"),
        Arguments.of("[sharechain]\nspread = 0", "[sharechain].spread: 0 is below the minimum 1"),
        Arguments.of(
            "[sharechain]\nchain_length = 1",
            "[sharechain].chain_length: 1 is below the minimum 2"),
        Arguments.of("[p2p]\npeers = [\"a b\"]", "[p2p].peers[0]: 'a b' is not host[:port]"),
        Arguments.of("[p2p]\nmax_incoming = -1", "[p2p].max_incoming: -1 is below the minimum 0"),
        Arguments.of(
            "[stratum]\nshare_rate = 0", "[stratum].share_rate: 0.0 must be a positive number"),
        Arguments.of(
            "[stratum]\nbind = \"\"", "[stratum].bind: '' is not a host name or IP address"),
        Arguments.of("[web]\nport = 1.5", "[web].port: 1.5 is not a whole number"),
        Arguments.of(
            "[store]\nbackend = \"mysql\"",
            "[store].backend: 'mysql' is not one of sqlite, memory"),
        Arguments.of("[log]\nlevel = \"verbose\"", "[log].level: 'verbose' is not one of"),
        Arguments.of(
            "[node]\npayout_address = \"not valid!\"",
            "[node].payout_address: 'not valid!' is not an address"),
        Arguments.of(
            "[node]\ncoinbase_text = \"0123456789012345678901234567890123456789X\"",
            "[node].coinbase_text: is 41 bytes long"),
        Arguments.of(
            "[daemon]\nrpc_user = \"u\"",
            "[daemon].rpc_password: is required when rpc_user is set"),
        Arguments.of("[coin]\nnet = \"dogecoin\"", "[coin].net: 'dogecoin' is not a network"),
        Arguments.of("[coin]\nnet = 5", "[coin].net: expected a string"),
        Arguments.of("[web]\nhost = \"x\"", "[web].host: unknown key (known keys: bind, port)"),
        Arguments.of("[wbe]\nport = 1", "[wbe]: unknown section"),
        Arguments.of("port = 1", "port: unknown key outside any section"),
        Arguments.of("web = 1", "web: expected a section [web]"),
        Arguments.of("[p2p]\npeers = \"a:1\"", "[p2p].peers: 'a:1' is not a list"),
        Arguments.of("[p2p]\nexternal_ip = 7", "[p2p].external_ip: 7 is not a string"));
  }

  @ParameterizedTest
  @MethodSource("badValues")
  void everyBadValueIsOneLineNamingItsKey(String toml, String expected) {
    String message = error(toml + "\n");
    assertThat(message).startsWith(expected).doesNotContain("\n");
  }

  @Test
  void sharechainOverridesChangeThePoolNetworkAndNothingElse() throws IOException {
    P2poolConfig plain = load("[coin]\nnet = \"litecoin-testnet\"\n");
    assertThat(plain.poolNetwork())
        .usingRecursiveComparison()
        .isEqualTo(PoolNetworks.byName("litecoin-testnet"));

    P2poolConfig custom =
        load(
            """
            [coin]
            net = "litecoin-testnet"
            [sharechain]
            identifier = "0102030405060708"
            chain_length = 50
            max_target = "ffff"
            bootstrap_peers = ["127.0.0.1:1"]
            """);
    PoolNetwork base = PoolNetworks.byName("litecoin-testnet");
    PoolNetwork net = custom.poolNetwork();
    assertThat(net.identifier()).containsExactly(1, 2, 3, 4, 5, 6, 7, 8);
    assertThat(net.chainLength()).isEqualTo(50);
    assertThat(net.realChainLength()).isEqualTo(50);
    assertThat(net.maxTarget()).isEqualTo(BigInteger.valueOf(0xffff));
    assertThat(net.bootstrapAddrs()).containsExactly("127.0.0.1:1");
    assertThat(net.prefix()).isEqualTo(base.prefix());
    assertThat(net.sharePeriod()).isEqualTo(base.sharePeriod());
    assertThat(net.segwitActivationVersion()).isEqualTo(base.segwitActivationVersion());
  }

  @Test
  void inconsistentTargetsNameTheKey() {
    assertThat(error("[sharechain]\nmin_target = \"ff\"\nmax_target = \"0f\"\n"))
        .startsWith("[sharechain].min_target: min_target must not exceed max_target");
    assertThat(error("[sharechain]\nmax_target = \"0\"\n"))
        .startsWith("[sharechain].max_target: must be above zero");
  }

  @Test
  void thePayoutAddressMustBelongToTheNetwork() throws IOException {
    String ltc =
        Address.fromScript(Scripts.p2pkh(new byte[20]), ChainParams.LITECOIN).orElseThrow();
    String regtest =
        Address.fromScript(Scripts.p2wpkh(new byte[20]), ChainParams.LITECOIN_REGTEST)
            .orElseThrow();

    assertThat(load("[node]\npayout_address = \"" + ltc + "\"\n").node().payoutAddress())
        .isEqualTo(ltc);
    assertThat(
            load("[coin]\nnet = \"litecoin-regtest\"\n[node]\npayout_address = \""
                    + regtest
                    + "\"\n")
                .node()
                .payoutAddress())
        .isEqualTo(regtest);
    String message =
        error("[coin]\nnet = \"litecoin-regtest\"\n[node]\npayout_address = \"" + ltc + "\"\n");
    assertThat(message).startsWith("[node].payout_address: ").contains(ltc).doesNotContain("\n");
  }

  @Test
  void everyNetworkHasChainAndPoolParameters() {
    for (Network n : Network.values()) {
      assertThat(n.chain().name()).isEqualTo(n.id());
      assertThat(n.pool().parent().name()).isEqualTo(n.id());
    }
  }

  @Test
  void hostsMayBeNamesIpv4OrIpv6() throws IOException {
    P2poolConfig c =
        load(
            """
            [stratum]
            bind = "::"
            [web]
            bind = "[::1]"
            [p2p]
            bind = "10.1.2.3"
            external_ip = "pool.example.org"
            peers = ["[2001:db8::1]:9326", "[2001:db8::2]", "10.0.0.1"]
            """);
    assertThat(c.stratum().bind()).isEqualTo("::");
    assertThat(c.web().bind()).isEqualTo("[::1]");
    assertThat(c.p2p().peers()).hasSize(3);
    assertThat(error("[p2p]\npeers = [\"2001:db8::2\"]\n")).startsWith("[p2p].peers[0]: ");
  }

  @Test
  void tomlSyntaxErrorsNameTheFileAndLine() {
    String message = error("[coin]\nnet = \"litecoin\"\n[stratum\n");
    assertThat(message).startsWith(home.resolve("c.toml") + ":3: not valid TOML");
    assertThat(message).doesNotContain("\n");
  }

  @Test
  void aMissingExplicitFileIsAnError() {
    Path missing = home.resolve("missing.toml");
    assertThatThrownBy(() -> new ConfigLoader(home).load(Optional.of(missing), List.of()))
        .isInstanceOf(ConfigException.class)
        .hasMessage(missing + ": config file not found");
  }

  @Test
  void setValuesAreReadAsTomlWhenTheyAreToml() {
    assertThat(ConfigOverride.parse("stratum.port=3333").value().isInt()).isTrue();
    assertThat(ConfigOverride.parse("stratum.share_rate=2.5").value().asDouble()).isEqualTo(2.5);
    assertThat(ConfigOverride.parse("p2p.peers=[\"a:1\", \"b\"]").value().size()).isEqualTo(2);
    assertThat(ConfigOverride.parse("stratum.bind=0.0.0.0").value().asText()).isEqualTo("0.0.0.0");
    assertThat(ConfigOverride.parse("node.coinbase_text=\"a=b\"").value().asText())
        .isEqualTo("a=b");
    assertThat(ConfigOverride.parse("node.coinbase_text = hello world").value().asText())
        .isEqualTo("hello world");
    ConfigOverride o = ConfigOverride.parse("daemon.rpc_host=example.org");
    assertThat(o.section()).isEqualTo("daemon");
    assertThat(o.key()).isEqualTo("rpc_host");
  }

  @ParameterizedTest
  @CsvSource({"stratum", "stratum.port", "=1", ".port=1", "stratum.=1", "a.b.c=1"})
  void malformedSetIsRejected(String assignment) {
    assertThatThrownBy(() -> ConfigOverride.parse(assignment))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("--set: ");
  }
}
