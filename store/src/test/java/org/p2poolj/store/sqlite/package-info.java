/** Tests of the SQLite store on real database files in temporary directories. */
package org.p2poolj.store.sqlite;
