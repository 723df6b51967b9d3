/**
 * Test fixtures shared by every module: the golden-vector loader, seeded generators and the
 * litecoind regtest harness. Depends on no other p2poolj module, so any module may use it in test
 * scope.
 */
package org.p2poolj.testkit;
