package dev.docket.backends.htcondor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Job ads as HTCondor 23.9 printed them (recorded: see the README beside the resources). */
class JobAdsTest {
  private static String recorded(String name) throws IOException {
    try (InputStream in = JobAdsTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void condorQ_runningIdleAndHeldJobs() throws IOException {
    Map<String, JobStatus> jobs = JobAds.parse(recorded("condor_q.json"));
    assertThat(jobs.keySet()).containsExactly("2.0", "2.1", "2.2", "2.3", "2.4", "3.0");
    assertThat(jobs.get("2.0")).isEqualTo(JobStatus.of(JobState.RUNNING));
    assertThat(jobs.get("2.4")).isEqualTo(JobStatus.held("via condor_hold (by user ci)"));
    assertThat(jobs.get("3.0")).isEqualTo(JobStatus.of(JobState.PENDING));
  }

  @Test
  void condorQ_aJobHeldByTheStarterHasItsReason() throws IOException {
    JobStatus held = JobAds.parse(recorded("condor_q-held.json")).get("3.0");
    assertThat(held.state()).isEqualTo(JobState.HELD);
    assertThat(held.reason()).isEqualTo("Error from slot1_1@vm: Failed to open '/root/nowhere/out.txt' as"
        + " standard output: Permission denied (errno 13)");
  }

  @Test
  void condorHistory_exitCodesAndRemovals() throws IOException {
    Map<String, JobStatus> jobs = JobAds.parse(recorded("condor_history.json"));
    assertThat(jobs.get("1.0")).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(jobs.get("1.1")).isEqualTo(JobStatus.failed("exit code 3"));
    assertThat(jobs.get("2.5")).isEqualTo(JobStatus.failed("removed: via condor_rm (by user ci)"));
  }

  @Test
  void noMatchingJobIsEmptyOutput() throws IOException {
    assertThat(JobAds.parse("")).isEmpty();
    assertThat(JobAds.parse("\n")).isEmpty();
    assertThat(JobAds.parse("[]")).isEmpty();
  }

  @Test
  void theNewestAdOfAJobInTheHistoryWins() throws IOException {
    Map<String, JobStatus> jobs = JobAds.parse(
        "[{\"ClusterId\":5,\"ProcId\":0,\"JobStatus\":4,\"ExitCode\":0},"
            + "{\"ClusterId\":5,\"ProcId\":0,\"JobStatus\":3,\"RemoveReason\":\"old\"}]");
    assertThat(jobs.get("5.0")).isEqualTo(JobStatus.of(JobState.FINISHED));
  }

  @Test
  void everyJobStatusCode() throws IOException {
    assertThat(status("{\"JobStatus\":6}")).isEqualTo(JobStatus.of(JobState.RUNNING));
    assertThat(status("{\"JobStatus\":7}")).isEqualTo(new JobStatus(JobState.PENDING, "suspended"));
    assertThat(status("{\"JobStatus\":3}")).isEqualTo(JobStatus.failed("removed"));
    assertThat(status("{\"JobStatus\":4,\"ExitBySignal\":true,\"ExitSignal\":9}"))
        .isEqualTo(JobStatus.failed("killed by signal 9"));
    assertThat(status("{\"JobStatus\":5}")).isEqualTo(JobStatus.of(JobState.HELD));
    assertThat(status("{\"JobStatus\":42}").state()).isEqualTo(JobState.UNKNOWN);
  }

  @Test
  void notAnArrayIsAnError() {
    IOException e = assertThrows(IOException.class, () -> JobAds.parse("{\"error\": \"x\"}"));
    assertThat(e).hasMessageThat().contains("expected a JSON array of job ads");
  }

  private static JobStatus status(String ad) throws IOException {
    return JobAds.status(new ObjectMapper().readTree(ad));
  }
}
