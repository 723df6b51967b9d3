package org.p2poolj.node;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.p2poolj.node.lifecycle.AbstractService;

/**
 * The first service: creates the data directory and holds an OS file lock on {@code
 * <datadir>/.lock}, so a second node pointed at the same directory fails at start instead of
 * corrupting the share store. The OS drops the lock if the process dies.
 */
public final class DatadirLock extends AbstractService {
  public static final String LOCK_FILE = ".lock";

  private final Path datadir;
  private FileChannel channel;
  private FileLock lock;

  public DatadirLock(Path datadir) {
    super("datadir");
    this.datadir = datadir;
  }

  @Override
  protected void doStart() throws IOException {
    Files.createDirectories(datadir);
    channel =
        FileChannel.open(
            datadir.resolve(LOCK_FILE), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
    try {
      lock = channel.tryLock();
    } catch (OverlappingFileLockException sameJvm) {
      lock = null;
    }
    if (lock == null) {
      throw new IOException("another p2poolj node is using the data directory " + datadir);
    }
  }

  @Override
  protected void doStop() {
    try {
      if (lock != null) {
        lock.release();
      }
      if (channel != null) {
        channel.close();
      }
    } catch (IOException e) {
      // Closing releases the lock even when release() failed; nothing else to undo.
    }
  }
}
