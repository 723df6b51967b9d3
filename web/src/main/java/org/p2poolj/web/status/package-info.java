/**
 * The console status line operators of the reference node expect every few seconds: {@link
 * org.p2poolj.web.status.StatusLine} formats it from a {@link org.p2poolj.web.view.NodeView}
 * (pure), {@link org.p2poolj.web.status.StatusReporter} runs it on a schedule and hands each line
 * to a sink (the node's status logger).
 */
package org.p2poolj.web.status;
