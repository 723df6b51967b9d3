/**
 * Block templates: the strict parser of {@code getblocktemplate} answers, and the template source
 * that polls, long-polls and reacts to block notifications (blocknotify endpoint, daemon P2P) and
 * publishes each new template to subscribers at once. It does not assemble blocks.
 */
package org.p2poolj.daemon.template;
