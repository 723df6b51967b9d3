/** Tests of the reference share-file importer, on generated files and on golden shares. */
package org.p2poolj.store.importer;
