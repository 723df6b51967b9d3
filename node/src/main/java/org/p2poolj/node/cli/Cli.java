package org.p2poolj.node.cli;

import java.io.PrintWriter;
import org.p2poolj.node.CliEnvironment;
import picocli.CommandLine;

/** Assembles the {@code p2poolj} command line; tests call this with their own streams. */
public final class Cli {
  private Cli() {}

  public static CommandLine create(CliEnvironment env, PrintWriter out, PrintWriter err) {
    CommandLine top = new CommandLine(new TopCommand());
    Subcommands.registerAll(top, env);
    ErrorHandlers handlers = new ErrorHandlers();
    top.setUsageHelpWidth(100);
    top.setOut(out);
    top.setErr(err);
    top.setParameterExceptionHandler(handlers);
    top.setExecutionExceptionHandler(handlers);
    return top;
  }
}
