package org.p2poolj.node.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.p2poolj.share.network.PoolNetwork;
import org.p2poolj.share.network.PoolNetworks;
import org.p2poolj.share.tool.ReportRenderer;
import org.p2poolj.share.tool.ShareFileVerifier;
import org.p2poolj.share.tool.VerifyReport;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code p2poolj verify-shares FILE}: reads a share file in the reference implementation's store
 * format ({@code 5 <share hex>} / {@code 2 <verified hash>} per line), verifies every share from
 * scratch and prints a summary. Bad lines are listed with their numbers; the run continues.
 */
@Command(
    name = "verify-shares",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = {
      "Verify every share in a p2pool share file (the reference 'shares.N' text format)",
      "and print count, verified, invalid with reasons, best share and height."
    })
public final class VerifySharesCommand implements Callable<Integer> {
  @Option(
      names = "--net",
      defaultValue = "litecoin",
      description = "Share-chain network: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).",
      completionCandidates = NetworkNames.class)
  String net;

  @Option(names = "--json", description = "Print the report as one JSON object.")
  boolean json;

  @Parameters(index = "0", paramLabel = "FILE", description = "The share file to verify.")
  Path file;

  @Spec CommandSpec spec;

  /** The network names, for help and completion. */
  static final class NetworkNames extends java.util.ArrayList<String> {
    NetworkNames() {
      super(PoolNetworks.names());
    }
  }

  @Override
  public Integer call() {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    PoolNetwork network;
    try {
      network = PoolNetworks.byName(net);
    } catch (IllegalArgumentException e) {
      err.println("verify-shares: " + e.getMessage());
      return ExitCodes.USAGE;
    }
    if (!Files.isRegularFile(file)) {
      err.println("verify-shares: no such file: " + file);
      return ExitCodes.USAGE;
    }
    VerifyReport report;
    try {
      report = ShareFileVerifier.verify(file, network, Instant.now().getEpochSecond());
    } catch (IOException e) {
      err.println("verify-shares: cannot read " + file + ": " + e.getMessage());
      return ExitCodes.FAILURE;
    }
    out.println(json ? ReportRenderer.json(report) : ReportRenderer.text(report));
    for (VerifyReport.LineError e : report.malformed()) {
      err.println("verify-shares: " + file + ":" + e.line() + ": " + e.reason());
    }
    out.flush();
    err.flush();
    return ExitCodes.OK;
  }
}
