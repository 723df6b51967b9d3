/**
 * Offline tools over share data: verifying a share file in the reference implementation's on-disk
 * text format and rendering the report as text or JSON. Pure: the caller supplies the reader, the
 * network and the clock; nothing here prints.
 */
package org.p2poolj.share.tool;
