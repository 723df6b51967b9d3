package org.p2poolj.node.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.time.InstantSource;
import java.util.Arrays;
import java.util.List;
import org.p2poolj.node.CliEnvironment;
import org.p2poolj.node.config.ConfigLoader;
import picocli.CommandLine;

/** Runs the p2poolj command line in-process with a fake home directory and captured output. */
record CliRun(int code, String out, String err) {
  static CliRun run(Path home, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CliEnvironment env =
        new CliEnvironment(
            new ConfigLoader(home), InstantSource.fixed(Instant.parse("2026-01-01T00:00:00Z")));
    CommandLine cli = Cli.create(env, new PrintWriter(out, true), new PrintWriter(err, true));
    int code = cli.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /** Names of the registered subcommands, read from the real command line. */
  static List<String> subcommands(Path home) {
    CliEnvironment env = new CliEnvironment(new ConfigLoader(home), InstantSource.system());
    CommandLine cli =
        Cli.create(env, new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
    return List.copyOf(cli.getSubcommands().keySet());
  }

  List<String> errLines() {
    return Arrays.stream(err.split("\\R")).filter(l -> !l.isEmpty()).toList();
  }
}
