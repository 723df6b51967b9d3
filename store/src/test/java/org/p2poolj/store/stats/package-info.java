/** Tests of the stats history contract and the downsampling arithmetic. */
package org.p2poolj.store.stats;
