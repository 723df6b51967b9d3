/**
 * The runnable node: the {@link org.p2poolj.node.Main} entry point and the wiring that turns a
 * validated configuration into running services ({@link org.p2poolj.node.NodeRunner}).
 *
 * <p>This is the top of the module graph: it may depend on every other module, and nothing depends
 * on it.
 */
package org.p2poolj.node;
