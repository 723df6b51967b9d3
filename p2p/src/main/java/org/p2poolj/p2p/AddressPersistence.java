package org.p2poolj.p2p;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;
import org.p2poolj.p2p.addr.AddressBookFile;

/** Loads the address book from {@code <datadir>/addrs.json} at start and saves it back. */
final class AddressPersistence {
  private final NodeParts parts;

  AddressPersistence(NodeParts parts) {
    this.parts = parts;
  }

  private Optional<Path> addrsFile() {
    return parts.config().datadir().map(d -> d.resolve(AddressBookFile.FILE_NAME));
  }

  void load() {
    addrsFile()
        .ifPresent(
            f -> {
              try {
                int n = AddressBookFile.load(parts.book(), f);
                if (n > 0) {
                  P2pLog.addrsLoaded(n);
                }
              } catch (IOException | RuntimeException e) {
                P2pLog.addrsLoadFailed(e);
              }
            });
  }

  void save() {
    addrsFile()
        .ifPresent(
            f -> {
              try {
                AddressBookFile.save(parts.book(), f);
              } catch (IOException | RuntimeException e) {
                P2pLog.addrsSaveFailed(e);
              }
            });
  }
}
