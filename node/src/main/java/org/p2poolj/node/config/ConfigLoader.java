package org.p2poolj.node.config;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Builds the effective configuration: network defaults, then the TOML file, then command-line
 * overrides, bound to {@link P2poolConfig} and validated. Every failure is a {@link
 * ConfigException} whose message is one line naming the key or the file.
 *
 * <p>The network and the datadir are read first from the file and overrides, because the other
 * defaults (ports, log and store files) depend on them.
 */
public final class ConfigLoader {
  private static final Set<String> PATH_KEYS =
      Set.of("node.datadir", "daemon.cookie_file", "store.file", "log.file");

  private final Path home;

  /** A loader that resolves {@code ~} and default directories against {@code home}. */
  public ConfigLoader(Path home) {
    this.home = home;
  }

  /** A loader for the current user. */
  public static ConfigLoader forCurrentUser() {
    return new ConfigLoader(Path.of(System.getProperty("user.home")));
  }

  /** What was loaded, and from where. */
  public record Loaded(P2poolConfig config, Optional<Path> file) {}

  /**
   * Loads the configuration. With {@code explicitFile} the file must exist; without it, {@code
   * <datadir>/p2poolj.toml} is read when present.
   */
  public Loaded load(Optional<Path> explicitFile, List<ConfigOverride> overrides) {
    ObjectNode user = JsonNodeFactory.instance.objectNode();
    Optional<Path> file = explicitFile.map(this::expand);
    if (file.isPresent()) {
      user = readFile(file.get());
    }
    applyOverrides(user, overrides);
    if (file.isEmpty()) {
      Path implicit = datadir(user, network(user)).resolve(Defaults.CONFIG_FILE_NAME);
      if (Files.isRegularFile(implicit)) {
        file = Optional.of(implicit);
        user = readFile(implicit);
        applyOverrides(user, overrides);
      }
    }
    Network net = network(user);
    Path datadir = datadir(user, net);
    ObjectNode merged = ConfigMapper.BINDER.valueToTree(Defaults.forNetwork(net, datadir, home));
    merge(merged, user);
    expandPaths(merged);
    try {
      return new Loaded(ConfigMapper.BINDER.treeToValue(merged, P2poolConfig.class), file);
    } catch (JsonProcessingException e) {
      throw ConfigErrors.fromBinding(e, merged);
    } catch (IllegalArgumentException e) {
      throw new ConfigException(e.getMessage());
    }
  }

  private ObjectNode readFile(Path file) {
    if (!Files.exists(file)) {
      throw new ConfigException(file + ": config file not found");
    }
    if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
      throw new ConfigException(file + ": config file is not a readable file");
    }
    try {
      JsonNode tree = ConfigMapper.TOML.readTree(file.toFile());
      return tree instanceof ObjectNode o ? o : JsonNodeFactory.instance.objectNode();
    } catch (JsonProcessingException e) {
      JsonLocation at = e.getLocation();
      String line = at == null || at.getLineNr() < 1 ? "" : ":" + at.getLineNr();
      throw new ConfigException(
          file + line + ": not valid TOML: " + firstLine(e.getOriginalMessage()));
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read config file: " + e.getMessage());
    }
  }

  private static void applyOverrides(ObjectNode user, List<ConfigOverride> overrides) {
    for (ConfigOverride o : overrides) {
      JsonNode section = user.get(o.section());
      if (section == null) {
        section = user.putObject(o.section());
      } else if (!(section instanceof ObjectNode)) {
        throw ConfigException.ofKey(o.section(), "expected a section [" + o.section() + "]");
      }
      ((ObjectNode) section).set(o.key(), o.value());
    }
  }

  private static Network network(ObjectNode user) {
    JsonNode node = user.path("coin").path("net");
    if (node.isMissingNode()) {
      return Network.byId(Defaults.DEFAULT_NET).orElseThrow();
    }
    if (!node.isTextual()) {
      throw ConfigException.ofKey("[coin].net", "expected a string");
    }
    return Network.byId(node.asText())
        .orElseThrow(
            () ->
                ConfigException.ofKey(
                    "[coin].net",
                    "'"
                        + node.asText()
                        + "' is not a network (one of "
                        + String.join(", ", Network.ids())
                        + ")"));
  }

  private Path datadir(ObjectNode user, Network net) {
    JsonNode node = user.path("node").path("datadir");
    if (node.isTextual() && !node.asText().isBlank()) {
      return expand(Path.of(node.asText()));
    }
    // A wrongly typed datadir is reported with its key when the tree is bound.
    return net.defaultDatadir(home);
  }

  private static void merge(ObjectNode defaults, ObjectNode user) {
    for (Map.Entry<String, JsonNode> e : user.properties()) {
      JsonNode target = defaults.get(e.getKey());
      if (target == null) {
        if (e.getValue() instanceof ObjectNode) {
          throw ConfigException.ofKey(
              "[" + e.getKey() + "]",
              "unknown section (known sections: " + String.join(", ", P2poolConfig.SECTIONS) + ")");
        }
        throw ConfigException.ofKey(
            e.getKey(),
            "unknown key outside any section (keys belong under [coin], [daemon], ...)");
      }
      if (!(e.getValue() instanceof ObjectNode userSection)) {
        throw ConfigException.ofKey(e.getKey(), "expected a section [" + e.getKey() + "]");
      }
      ((ObjectNode) target).setAll(userSection);
    }
  }

  private void expandPaths(ObjectNode merged) {
    for (String dotted : PATH_KEYS) {
      String[] parts = dotted.split("\\.");
      JsonNode section = merged.get(parts[0]);
      if (section instanceof ObjectNode s && s.path(parts[1]).isTextual()) {
        String text = s.get(parts[1]).asText();
        if (text.equals("~") || text.startsWith("~/")) {
          s.put(parts[1], home.resolve(text.substring(Math.min(2, text.length()))).toString());
        }
      }
    }
  }

  private Path expand(Path p) {
    String s = p.toString();
    if (s.equals("~") || s.startsWith("~/")) {
      return home.resolve(s.substring(Math.min(2, s.length())));
    }
    return p;
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "syntax error";
    }
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
