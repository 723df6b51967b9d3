/** Test fixtures: a plausible fake node and an in-process server over it. */
package org.p2poolj.web.fake;
