/**
 * The command line (picocli): the {@code p2poolj} top command, its subcommands, the shared config
 * options that map onto config keys, and the error handling that turns every expected failure into
 * one line on stderr and an exit code.
 *
 * <p>Commands parse and delegate: configuration rules live in {@code org.p2poolj.node.config},
 * start-up and shutdown in {@code org.p2poolj.node}. New subcommands are registered in {@link
 * org.p2poolj.node.cli.Subcommands}.
 */
package org.p2poolj.node.cli;
