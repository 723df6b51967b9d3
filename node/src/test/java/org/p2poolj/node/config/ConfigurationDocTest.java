package org.p2poolj.node.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** docs/configuration.md documents exactly the keys the code accepts, section by section. */
class ConfigurationDocTest {
  private static final Pattern SECTION = Pattern.compile("^### `\\[([a-z0-9_]+)]`");
  private static final Pattern ROW = Pattern.compile("^\\| `([a-z0-9_]+)` \\|");

  @TempDir Path home;

  @Test
  void everyKeyIsDocumentedAndNothingElse() throws IOException {
    Path doc = Path.of("..", "docs", "configuration.md");
    assumeTrue(Files.exists(doc), "docs/configuration.md is beside the node module");

    Map<String, List<String>> documented = new LinkedHashMap<>();
    String section = null;
    for (String line : Files.readAllLines(doc)) {
      if (line.startsWith("## ")) {
        section = null; // a new chapter (e.g. the network table) ends the key tables
      }
      Matcher s = SECTION.matcher(line);
      if (s.find()) {
        section = s.group(1);
        documented.put(section, new ArrayList<>());
        continue;
      }
      Matcher r = ROW.matcher(line);
      if (section != null && r.find()) {
        documented.get(section).add(r.group(1));
      }
    }

    // Every key, including the optional [sharechain] ones, from a config that sets them all.
    Map<String, List<String>> actual = new LinkedHashMap<>();
    ObjectNode tree =
        ConfigMapper.BINDER.valueToTree(
            new ConfigLoader(home).load(Optional.empty(), List.of()).config());
    for (String name : P2poolConfig.SECTIONS) {
      List<String> keys = new ArrayList<>();
      tree.path(name).fieldNames().forEachRemaining(keys::add);
      actual.put(name, keys);
    }
    actual.put("sharechain", sharechainKeys());

    assertThat(documented).isEqualTo(actual);
  }

  @Test
  void theNetworkPortTableMatchesTheDefaults() throws IOException {
    Path doc = Path.of("..", "docs", "configuration.md");
    assumeTrue(Files.exists(doc), "docs/configuration.md is beside the node module");
    Pattern row =
        Pattern.compile(
            "^\\| `([a-z-]+)` \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\| (\\d+) \\|$");
    int rows = 0;
    for (String line : Files.readAllLines(doc)) {
      Matcher m = row.matcher(line);
      if (!m.matches()) {
        continue;
      }
      rows++;
      Network net = Network.byId(m.group(1)).orElseThrow();
      P2poolConfig c = Defaults.forNetwork(net, home, home);
      assertThat(
              List.of(
                  c.daemon().rpcPort(),
                  c.daemon().p2pPort(),
                  c.p2p().port(),
                  c.stratum().port(),
                  c.web().port()))
          .as(net.id())
          .containsExactly(
              Integer.parseInt(m.group(2)),
              Integer.parseInt(m.group(3)),
              Integer.parseInt(m.group(4)),
              Integer.parseInt(m.group(5)),
              Integer.parseInt(m.group(6)));
    }
    assertThat(rows).isEqualTo(Network.values().length);
  }

  private static List<String> sharechainKeys() {
    List<String> keys = new ArrayList<>();
    for (var c : ShareChainConfig.class.getRecordComponents()) {
      keys.add(snake(c.getName()));
    }
    return keys;
  }

  private static String snake(String camel) {
    return camel.replaceAll("([A-Z])", "_$1").toLowerCase(Locale.ROOT);
  }
}
