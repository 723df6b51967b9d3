package org.p2poolj.node;

import java.io.PrintWriter;
import org.p2poolj.node.cli.Cli;

/** Entry point of {@code p2poolj.jar}: builds the command line and exits with its code. */
public final class Main {
  private Main() {}

  public static void main(String[] args) {
    PrintWriter out = new PrintWriter(System.out, true);
    PrintWriter err = new PrintWriter(System.err, true);
    int code = Cli.create(CliEnvironment.system(), out, err).execute(args);
    out.flush();
    err.flush();
    System.exit(code);
  }
}
