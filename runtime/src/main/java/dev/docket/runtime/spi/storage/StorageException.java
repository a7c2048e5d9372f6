package dev.docket.runtime.spi.storage;

import java.io.IOException;
import java.net.URI;

/**
 * A request that failed, with what the runtime should do about it: a {@link Kind#TRANSIENT}
 * fault (a timeout, a refused connection, a 5xx) is retried with back-off and then tried on the
 * next base; a {@link Kind#PERMANENT} one (denied, a malformed URL, no space) is reported at once.
 * Any other {@link IOException} a client throws counts as transient.
 *
 * <p>The message names the URL and says what to do, e.g. {@code davs://host/a/b: 403 Forbidden;
 * check the token in [fs.eos] token-file}: it is shown to the user as it is.
 */
public class StorageException extends IOException {
  private static final long serialVersionUID = 1;

  /** Whether trying again can help. */
  public enum Kind {
    TRANSIENT,
    PERMANENT
  }

  private final Kind kind;
  private final URI url;

  public StorageException(Kind kind, URI url, String message) {
    super(message);
    this.kind = kind;
    this.url = url;
  }

  public StorageException(Kind kind, URI url, String message, Throwable cause) {
    super(message, cause);
    this.kind = kind;
    this.url = url;
  }

  public Kind kind() {
    return kind;
  }

  /** The URL of the request that failed. */
  public URI url() {
    return url;
  }
}
