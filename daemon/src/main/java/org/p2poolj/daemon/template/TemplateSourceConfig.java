package org.p2poolj.daemon.template;

import java.time.Duration;
import java.util.List;

/**
 * Tuning of the template source.
 *
 * @param rules the getblocktemplate rules the coin needs (Litecoin: mweb and segwit)
 * @param pollInterval plain refresh period, a safety net behind the push signals
 * @param longPoll whether to keep a long-poll open
 * @param longPollTimeout how long one long-poll call may wait
 * @param callTimeout timeout of ordinary getblocktemplate calls
 * @param retryMin first retry delay after a failure
 * @param retryMax retry delay ceiling
 */
public record TemplateSourceConfig(
    List<String> rules,
    Duration pollInterval,
    boolean longPoll,
    Duration longPollTimeout,
    Duration callTimeout,
    Duration retryMin,
    Duration retryMax) {
  public TemplateSourceConfig {
    rules = List.copyOf(rules);
  }

  public static final List<String> LITECOIN_RULES = List.of("mweb", "segwit");
  public static final List<String> BITCOIN_RULES = List.of("segwit");

  public static TemplateSourceConfig defaults(List<String> rules) {
    return new TemplateSourceConfig(
        rules,
        Duration.ofSeconds(10),
        true,
        Duration.ofSeconds(120),
        Duration.ofSeconds(20),
        Duration.ofMillis(250),
        Duration.ofSeconds(8));
  }

  public TemplateSourceConfig withPollInterval(Duration interval) {
    return new TemplateSourceConfig(
        rules, interval, longPoll, longPollTimeout, callTimeout, retryMin, retryMax);
  }

  public TemplateSourceConfig withLongPoll(boolean enabled) {
    return new TemplateSourceConfig(
        rules, pollInterval, enabled, longPollTimeout, callTimeout, retryMin, retryMax);
  }
}
