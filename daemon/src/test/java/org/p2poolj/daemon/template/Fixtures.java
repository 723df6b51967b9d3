package org.p2poolj.daemon.template;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * getblocktemplate answers captured from a real litecoind 0.21.2.1 regtest node (the first MWEB
 * block at height 432 with a peg-in and a plain witness spend, and the next, empty, MWEB block).
 */
public final class Fixtures {
  public static final String FIRST_MWEB_BLOCK = "ltc-regtest-gbt-first-mweb-block.json";
  public static final String MWEB_EMPTY = "ltc-regtest-gbt-mweb-empty.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Fixtures() {}

  public static ObjectNode json(String name) {
    try (InputStream in = Fixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return (ObjectNode) MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static BlockTemplate template(String name) {
    return BlockTemplateParser.parse(json(name));
  }
}
