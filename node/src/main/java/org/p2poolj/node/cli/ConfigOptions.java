package org.p2poolj.node.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.p2poolj.node.config.ConfigLoader;
import org.p2poolj.node.config.ConfigOverride;
import picocli.CommandLine.Option;

/**
 * The options shared by every command that needs the configuration ({@code run}, {@code config},
 * and later {@code demo} and {@code verify-shares}). Each option is a shortcut for one config key;
 * all of them beat the config file, and {@code --set} reaches any key.
 */
public final class ConfigOptions {
  @Option(
      names = {"-n", "--net"},
      paramLabel = "NET",
      converter = Converters.NetConverter.class,
      completionCandidates = Converters.NetCandidates.class,
      description = "Network: ${COMPLETION-CANDIDATES} (default: litecoin). Key [coin].net.")
  String net;

  @Option(
      names = {"-d", "--datadir"},
      paramLabel = "DIR",
      description = "Data directory (default: ~/.p2poolj/<net>). Key [node].datadir.")
  Path datadir;

  @Option(
      names = {"-c", "--config"},
      paramLabel = "FILE",
      description = "TOML config file; must exist (default: <datadir>/p2poolj.toml when present).")
  Path config;

  @Option(
      names = "--log-level",
      paramLabel = "LEVEL",
      converter = Converters.LogLevelConverter.class,
      description = "Root log level: TRACE, DEBUG, INFO, WARN, ERROR, OFF. Key [log].level.")
  String logLevel;

  @Option(names = "--rpc-host", paramLabel = "HOST", description = "Daemon RPC host.")
  String rpcHost;

  @Option(
      names = "--rpc-port",
      paramLabel = "PORT",
      converter = Converters.PortConverter.class,
      description = "Daemon RPC port.")
  Integer rpcPort;

  @Option(
      names = "--rpc-user",
      paramLabel = "USER",
      description = "Daemon RPC user (empty: use the cookie file).")
  String rpcUser;

  @Option(
      names = "--rpc-password",
      paramLabel = "PASSWORD",
      description = "Daemon RPC password (visible to other local users; prefer the config file).")
  String rpcPassword;

  @Option(
      names = "--rpc-cookie",
      paramLabel = "FILE",
      description = "Daemon RPC cookie file. Key [daemon].cookie_file.")
  Path rpcCookie;

  @Option(
      names = "--daemon-p2p-port",
      paramLabel = "PORT",
      converter = Converters.PortConverter.class,
      description = "Daemon P2P port. Key [daemon].p2p_port.")
  Integer daemonP2pPort;

  @Option(
      names = "--p2p-port",
      paramLabel = "PORT",
      converter = Converters.PortConverter.class,
      description = "Port for p2pool peers. Key [p2p].port.")
  Integer p2pPort;

  @Option(
      names = "--stratum-port",
      paramLabel = "PORT",
      converter = Converters.PortConverter.class,
      description = "Port for miners (Stratum). Key [stratum].port.")
  Integer stratumPort;

  @Option(
      names = "--web-port",
      paramLabel = "PORT",
      converter = Converters.PortConverter.class,
      description = "Port for the web dashboard and API. Key [web].port.")
  Integer webPort;

  @Option(
      names = {"-a", "--payout-address"},
      paramLabel = "ADDRESS",
      description = "The operator's payout address. Key [node].payout_address.")
  String payoutAddress;

  @Option(
      names = "--fee",
      paramLabel = "PERCENT",
      converter = Converters.PercentConverter.class,
      description = "Operator fee, 0..100. Key [node].fee_percent.")
  Double fee;

  @Option(
      names = "--set",
      paramLabel = "SECTION.KEY=VALUE",
      description =
          "Set any config key, e.g. --set stratum.share_rate=5 (repeatable; applied last).")
  List<String> sets = new ArrayList<>();

  /** The overrides these options stand for, in application order. */
  public List<ConfigOverride> overrides() {
    List<ConfigOverride> out = new ArrayList<>();
    add(out, "coin", "net", net);
    add(out, "node", "datadir", datadir == null ? null : datadir.toString());
    add(out, "log", "level", logLevel);
    add(out, "daemon", "rpc_host", rpcHost);
    add(out, "daemon", "rpc_port", rpcPort);
    add(out, "daemon", "rpc_user", rpcUser);
    add(out, "daemon", "rpc_password", rpcPassword);
    add(out, "daemon", "cookie_file", rpcCookie == null ? null : rpcCookie.toString());
    add(out, "daemon", "p2p_port", daemonP2pPort);
    add(out, "p2p", "port", p2pPort);
    add(out, "stratum", "port", stratumPort);
    add(out, "web", "port", webPort);
    add(out, "node", "payout_address", payoutAddress);
    if (fee != null) {
      out.add(ConfigOverride.of("node", "fee_percent", fee.doubleValue()));
    }
    for (String s : sets) {
      out.add(ConfigOverride.parse(s));
    }
    return out;
  }

  /** Loads and validates the configuration these options select. */
  public ConfigLoader.Loaded load(ConfigLoader loader) {
    return loader.load(Optional.ofNullable(config), overrides());
  }

  private static void add(List<ConfigOverride> out, String section, String key, String value) {
    if (value != null) {
      out.add(ConfigOverride.of(section, key, value));
    }
  }

  private static void add(List<ConfigOverride> out, String section, String key, Integer value) {
    if (value != null) {
      out.add(ConfigOverride.of(section, key, value.intValue()));
    }
  }
}
