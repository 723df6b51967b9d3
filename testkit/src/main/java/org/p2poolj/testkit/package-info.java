/**
 * Test fixtures shared by every module: the golden-vector loader and a blocking HTTP GET client for
 * web and whole-node tests. (The litecoind regtest harness lives in {@code daemon}, since the demo
 * uses it too.) Depends on no other p2poolj module, so any module may use it in test scope.
 */
package org.p2poolj.testkit;
