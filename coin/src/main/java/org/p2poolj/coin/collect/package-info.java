/** Small collections shared by every module: {@link org.p2poolj.coin.collect.BoundedMaps}. */
package org.p2poolj.coin.collect;
