package org.p2poolj.p2p.addr;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * Saves and loads the address book as JSON in the shape p2pool writes ({@code
 * json.dumps(addrs.items())}): a list of {@code [[host, port], [services, first_seen, last_seen]]}.
 * Writes go to a temporary file first and are then moved into place, so a crash never leaves half a
 * file. Unreadable entries are skipped.
 */
public final class AddressBookFile {
  public static final String FILE_NAME = "addrs.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AddressBookFile() {}

  public static void save(AddressBook book, Path file) throws IOException {
    ArrayNode root = MAPPER.createArrayNode();
    for (Map.Entry<HostPort, AddrEntry> e : book.snapshot().entrySet()) {
      ArrayNode item = root.addArray();
      item.addArray().add(e.getKey().host()).add(e.getKey().port());
      AddrEntry a = e.getValue();
      item.addArray().add(a.services()).add(a.firstSeen()).add(a.lastSeen());
    }
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path tmp = Files.createTempFile(parent, FILE_NAME, ".tmp");
    try {
      MAPPER.writeValue(tmp.toFile(), root);
      Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(tmp);
    }
  }

  /** Loads entries into {@code book}; returns how many were read. A missing file loads nothing. */
  public static int load(AddressBook book, Path file) throws IOException {
    if (!Files.exists(file)) {
      return 0;
    }
    JsonNode root = MAPPER.readTree(file.toFile());
    if (root == null || !root.isArray()) {
      return 0;
    }
    int n = 0;
    for (JsonNode item : root) {
      JsonNode key = item.path(0);
      JsonNode val = item.path(1);
      if (!key.path(0).isTextual() || !key.path(1).canConvertToInt() || !val.isArray()) {
        continue;
      }
      try {
        HostPort hp = new HostPort(key.path(0).asText(), key.path(1).asInt());
        book.put(
            hp,
            new AddrEntry(
                val.path(0).asLong(),
                (long) val.path(1).asDouble(),
                (long) val.path(2).asDouble()));
        n++;
      } catch (IllegalArgumentException e) {
        // skip a bad entry, keep the rest
      }
    }
    return n;
  }
}
