/** Tests of the share store contract, run against every implementation. */
package org.p2poolj.store;
