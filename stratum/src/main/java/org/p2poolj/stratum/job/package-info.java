/**
 * Mining jobs: the {@link org.p2poolj.stratum.job.WorkSource} the node implements (it builds the
 * next share's gentx and splits it around the 8-byte nonce), the immutable {@link
 * org.p2poolj.stratum.job.StratumJob} with its {@code mining.notify} line encoded once, and the
 * {@link org.p2poolj.stratum.job.JobRegistry} of recent jobs that tells late from stale submits.
 * Must not depend on the share chain or the daemon: the node's data rides along as an opaque
 * context.
 */
package org.p2poolj.stratum.job;
