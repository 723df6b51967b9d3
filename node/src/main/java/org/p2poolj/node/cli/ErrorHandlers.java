package org.p2poolj.node.cli;

import java.io.PrintWriter;
import org.p2poolj.node.config.ConfigException;
import org.p2poolj.node.lifecycle.ServiceStartException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.IParameterExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Every expected failure becomes one line on stderr, prefixed {@code p2poolj:}, and an exit code;
 * stack traces are kept for bugs (exceptions we did not anticipate).
 */
final class ErrorHandlers implements IParameterExceptionHandler, IExecutionExceptionHandler {
  @Override
  public int handleParseException(ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage() == null ? "bad command line" : ex.getMessage();
    err.println(
        "p2poolj: " + message + " (see '" + cmd.getCommandSpec().qualifiedName() + " --help')");
    err.flush();
    return ExitCodes.USAGE;
  }

  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, ParseResult parseResult) {
    PrintWriter err = cmd.getErr();
    int code;
    switch (ex) {
      case ConfigException c -> {
        err.println("p2poolj: config error: " + c.getMessage());
        code = ExitCodes.USAGE;
      }
      case ServiceStartException s -> {
        err.println("p2poolj: " + s.getMessage());
        code = ExitCodes.FAILURE;
      }
      case InterruptedException i -> {
        Thread.currentThread().interrupt();
        err.println("p2poolj: interrupted");
        code = ExitCodes.FAILURE;
      }
      default -> {
        err.println("p2poolj: unexpected error: " + ex);
        ex.printStackTrace(err);
        code = ExitCodes.FAILURE;
      }
    }
    err.flush();
    return code;
  }
}
