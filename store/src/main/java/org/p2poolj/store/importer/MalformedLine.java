package org.p2poolj.store.importer;

/**
 * A line of a reference share file that could not be used.
 *
 * @param file the file name
 * @param lineNumber 1-based
 * @param reason why it was skipped
 */
public record MalformedLine(String file, long lineNumber, String reason) {
  @Override
  public String toString() {
    return file + ":" + lineNumber + ": " + reason;
  }
}
