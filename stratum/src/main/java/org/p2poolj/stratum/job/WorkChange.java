package org.p2poolj.stratum.job;

/**
 * The node's signal that the work changed (new template, new best share, tx set change).
 *
 * @param newBlock true when the previous block changed: older jobs become stale and miners are told
 *     to drop their work ({@code clean_jobs})
 */
public record WorkChange(boolean newBlock) {}
