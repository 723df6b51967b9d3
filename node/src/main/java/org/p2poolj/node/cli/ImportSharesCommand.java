package org.p2poolj.node.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.p2poolj.coin.hash.Hash256;
import org.p2poolj.node.CliEnvironment;
import org.p2poolj.node.DatadirLock;
import org.p2poolj.node.config.P2poolConfig;
import org.p2poolj.share.chain.ShareLoader;
import org.p2poolj.share.codec.RawShare;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.store.StoreException;
import org.p2poolj.store.importer.ImportResult;
import org.p2poolj.store.importer.MalformedLine;
import org.p2poolj.store.importer.ReferenceShareImporter;
import org.p2poolj.store.sqlite.SqliteStore;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj import-shares DIR}: reads the reference node's {@code shares.N} files (text
 * format, {@code 5 <share hex>} / {@code 2 <verified hash>}) from DIR and adds them to this node's
 * share store, keeping the verified marks, so the next start loads them without downloading or
 * verifying them again. Shares are hashed by the share-chain module; a line that does not parse is
 * reported with its file and number and skipped. The node must not be running on the same data
 * directory.
 */
@Command(
    name = "import-shares",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    sortOptions = false,
    description = {
      "Import the reference p2pool node's share files (DIR/shares.N, text format) into this",
      "node's share store. Prints imported, verified and malformed lines with their numbers."
    })
public final class ImportSharesCommand implements Callable<Integer> {
  @Mixin ConfigOptions options;

  @Parameters(
      index = "0",
      paramLabel = "DIR",
      description = "The reference node's network directory holding shares.0, shares.1, ...")
  Path dir;

  @Spec CommandSpec spec;

  private final CliEnvironment env;

  public ImportSharesCommand(CliEnvironment env) {
    this.env = env;
  }

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    P2poolConfig config = options.load(env.loader()).config();
    if (!Files.isDirectory(dir)) {
      err.println("import-shares: no such directory: " + dir);
      return ExitCodes.USAGE;
    }
    List<Path> files = ReferenceShareImporter.shareFiles(dir);
    if (files.isEmpty()) {
      err.println("import-shares: no shares.N files in " + dir);
      return ExitCodes.USAGE;
    }
    if (!config.store().backend().equals("sqlite")) {
      err.println("import-shares: [store].backend is " + config.store().backend() + ", not sqlite");
      return ExitCodes.USAGE;
    }
    PoolNetwork net = config.poolNetwork();
    DatadirLock lock = new DatadirLock(config.node().datadirPath());
    try {
      lock.start();
    } catch (java.io.IOException e) {
      err.println("import-shares: " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    try {
      ReferenceShareImporter importer =
          new ReferenceShareImporter(bytes -> hash(bytes, net), env.clock());
      ImportResult result;
      Files.createDirectories(config.store().filePath().toAbsolutePath().getParent());
      try (SqliteStore store = SqliteStore.open(config.store().filePath())) {
        int before = store.shares().count();
        result = importer.importInto(dir, store.shares());
        store.shares().flush();
        int after = store.shares().count();
        out.printf(
            "import-shares: read %d files from %s into %s%n",
            files.size(), dir, config.store().file());
        out.printf(
            "imported %d shares (%d new to the store), %d marked verified%n",
            result.shares().size(), after - before, result.verifiedCount());
        out.printf(
            "skipped: %d malformed lines, %d obsolete lines, %d verified hashes without a share,"
                + " %d duplicate shares%n",
            result.malformed().size(),
            result.obsoleteLines(),
            result.verifiedWithoutShare(),
            result.duplicateShares());
      } catch (StoreException e) {
        err.println("import-shares: cannot open the share store: " + e.getMessage());
        return ExitCodes.FAILURE;
      }
      for (MalformedLine m : result.malformed()) {
        err.println("import-shares: " + m);
      }
      out.flush();
      err.flush();
      return ExitCodes.OK;
    } finally {
      lock.stop();
    }
  }

  /** The share hash, as the node computes it; throws on a share it cannot parse. */
  private static Hash256 hash(byte[] shareType, PoolNetwork net) {
    return ShareLoader.load(RawShare.parse(shareType), net, false).hash();
  }
}
