/**
 * JSON-RPC client for the coin daemon: authentication (user/password or cookie file), timeouts, a
 * concurrency limit kept below the daemon's work queue, typed calls and typed errors. It owns no
 * threads of its own beyond the HTTP client's and must not depend on the template or block
 * packages.
 */
package org.p2poolj.daemon.rpc;
