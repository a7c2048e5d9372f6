package dev.docket.backends.scheduler.client;

import com.google.auto.service.AutoService;
import dev.docket.runtime.spi.coordination.Coordinator;
import dev.docket.runtime.spi.coordination.CoordinatorProvider;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;

/** The runtime's way to the central scheduler ({@code --scheduler URL}) over HTTP. */
@AutoService(CoordinatorProvider.class)
public final class HttpCoordinatorProvider implements CoordinatorProvider {
  /** How long a worker waits for a scheduler that does not answer (restarting) before failing. */
  static final Duration PATIENCE = Duration.ofSeconds(60);

  @Override
  public Coordinator connect(URI scheduler, String token) throws IOException {
    // The first call only waits briefly: a scheduler that is not there is a mistake to say now.
    SchedulerClient probe = new SchedulerClient(scheduler, token, Duration.ofSeconds(2));
    try {
      probe.post("/api/workers/probe/heartbeat", java.util.Map.of());
    } catch (SchedulerClient.UnknownWorker expected) {
      // the scheduler answered, the token is good
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IOException("interrupted", e);
    } finally {
      probe.close();
    }
    return new HttpCoordinator(new SchedulerClient(scheduler, token, PATIENCE));
  }
}
