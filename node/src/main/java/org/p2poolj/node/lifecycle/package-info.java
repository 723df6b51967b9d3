/**
 * Service lifecycle: the {@link org.p2poolj.node.lifecycle.Service} contract (idle, running,
 * stopped; stop is idempotent) and the {@link org.p2poolj.node.lifecycle.ServiceManager} that
 * starts services in dependency order and stops them in reverse.
 *
 * <p>Knows nothing about configuration, networking or any particular subsystem; subsystems depend
 * on this package, never the other way round.
 */
package org.p2poolj.node.lifecycle;
