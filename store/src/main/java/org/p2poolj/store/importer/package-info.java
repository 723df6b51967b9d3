/**
 * Import of the Python p2pool node's share files ({@code <datadir>/<net>/shares.<N>}) into the
 * store. The share hash is computed by a function the caller injects, because hashing a share is
 * the share chain's job: this package depends only on {@code coin} codecs and the store contract.
 */
package org.p2poolj.store.importer;
