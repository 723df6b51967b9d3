/**
 * The mining path of the node: the stratum {@code WorkSource} (next share's gentx on top of the
 * best share, from the daemon's template) and {@code SubmitSink} (shares into the chain, blocks to
 * the daemon), and the service that runs the stratum server with them. Depends on the sharechain,
 * daemon and stratum modules and on {@code node.runtime}/{@code node.chain}; nothing depends on it
 * except the assembly and the demo.
 */
package org.p2poolj.node.mining;
