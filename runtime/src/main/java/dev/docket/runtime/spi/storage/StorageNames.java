package dev.docket.runtime.spi.storage;

import java.net.URI;
import java.util.UUID;

/**
 * The one naming rule for uploads in progress, shared by every protocol so that listings skip
 * them and a clean-up can find the ones a killed task left: {@code .<name>.docket-<random>.tmp}
 * beside the final file. A name that begins with a dot and ends with {@code .tmp} is never an
 * output a planner looks for.
 */
public final class StorageNames {
  private static final String MARK = ".docket-";
  private static final String SUFFIX = ".tmp";

  private StorageNames() {}

  /** A fresh temporary URL beside {@code url}, in the same directory. */
  public static URI temporary(URI url) {
    String path = url.getRawPath();
    int slash = path.lastIndexOf('/');
    String name = path.substring(slash + 1);
    String random = UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    return url.resolve("." + name + MARK + random + SUFFIX);
  }

  /** Whether a directory entry's name is an upload in progress (or one a dead task left). */
  public static boolean isTemporary(String name) {
    return name.startsWith(".") && name.endsWith(SUFFIX) && name.contains(MARK);
  }
}
