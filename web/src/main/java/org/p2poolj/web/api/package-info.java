/**
 * The JSON endpoints, one class per family: the reference p2pool paths and shapes (so existing
 * front ends and scripts work unchanged) and our versioned {@code /api/v1} for what those lack
 * (workers, bans, sync, health, peers). Each handler reads a {@link org.p2poolj.web.view.NodeView}
 * snapshot and shapes it; none holds state. {@link org.p2poolj.web.api.WebApi} assembles them with
 * the dashboard and {@code /metrics} into one router.
 */
package org.p2poolj.web.api;
