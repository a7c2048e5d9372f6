package dev.docket.runtime.spi.coordination;

import java.io.IOException;
import java.net.URI;

/** Connects runs to a central scheduler; registered for {@link java.util.ServiceLoader}. */
public interface CoordinatorProvider {
  /**
   * Registers this process as a worker of the scheduler at {@code scheduler} and keeps it alive
   * (heartbeats) until the returned coordinator is closed.
   *
   * @param token the scheduler's access token
   * @throws IOException when the scheduler cannot be reached or refuses the token; the message
   *     names the address
   */
  Coordinator connect(URI scheduler, String token) throws IOException;
}
