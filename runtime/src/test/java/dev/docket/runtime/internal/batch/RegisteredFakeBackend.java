package dev.docket.runtime.internal.batch;

import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.io.IOException;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * {@code --workflow fake}: the {@link FakeBatchBackend} a test put in {@link #current},
 * registered in the runtime tests' service file so that code which finds a backend by name
 * ({@link BatchBackends#named}, as {@code --cancel-jobs} does) reaches it. A test double of our
 * own SPI; the runtime's test jar leaves service files out, so no other module sees it.
 */
public final class RegisteredFakeBackend implements BatchBackend {
  static volatile FakeBatchBackend current;

  @Override
  public String name() {
    return "fake";
  }

  @Override
  public String jobIndexExpression() {
    return current.jobIndexExpression();
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    return current.submit(submission);
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException {
    return current.status(ids);
  }

  @Override
  public void cancel(Collection<String> ids) {
    current.cancel(ids);
  }
}
