package dev.docket.runtime.spi.storage;

/**
 * A file or directory on remote storage, as a stat or a listing reports it.
 *
 * @param name the last part of its path (no slash), e.g. {@code hist_3.root}
 * @param size its size in bytes; 0 for a directory
 * @param lastModified when it was last written, in milliseconds since the epoch, or {@link
 *     dev.docket.runtime.Target#UNKNOWN_TIME} when the storage keeps no time
 * @param directory whether it is a directory
 */
public record RemoteEntry(String name, long size, long lastModified, boolean directory) {
  public RemoteEntry {
    if (name.isEmpty() || name.indexOf('/') >= 0) {
      throw new IllegalArgumentException("an entry's name is one path part: '" + name + "'");
    }
  }
}
