package dev.docket.runtime.spi.batch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The values a batch backend hands to the job machinery, and the interface's defaults. */
class BatchValuesTest {
  @Test
  void aStatusPrintsItsStateAndTheBatchSystemsReasonStripped() {
    assertThat(JobStatus.held("  memory limit exceeded\n").toString()).isEqualTo("held (memory limit exceeded)");
    assertThat(JobStatus.failed("exit code 3")).isEqualTo(new JobStatus(JobState.FAILED, "exit code 3"));
    assertThat(JobStatus.of(JobState.RUNNING).toString()).isEqualTo("running");
    assertThat(new JobStatus(JobState.PENDING, null).reason()).isEmpty();
    assertThat(new JobStatus(JobState.PENDING, " ").toString()).isEqualTo("pending");
    assertThrows(NullPointerException.class, () -> new JobStatus(null, "why"));
  }

  @Test
  void aSubmissionKeepsItsOwnCopiesAndSaysWhereEachJobLogs() {
    List<Integer> indices = new ArrayList<>(List.of(0, 1, 2));
    List<Path> inputs = new ArrayList<>(List.of(Path.of("/b/classes.jar")));
    JobSubmission submission = new JobSubmission(
        Path.of("/s/job.sh"), Path.of("/s"), indices, "docket-Plot", Path.of("/b"), inputs);
    indices.add(3);
    inputs.clear();

    assertThat(submission.indices()).containsExactly(0, 1, 2).inOrder();
    assertThat(submission.inputs()).containsExactly(Path.of("/b/classes.jar"));
    assertThat(submission.logs()).isEqualTo(Path.of("/s/logs"));
    assertThat(submission.log(7)).isEqualTo(Path.of("/s/logs/job-7.log"));
  }

  @Test
  void otherIndicesAreTheSameJobsAndASharedFileSystemTransfersNothing() {
    JobSubmission shared = new JobSubmission(Path.of("/s/job.sh"), Path.of("/s"), List.of(4, 5), "n", Path.of("/w"));
    JobSubmission shipped = new JobSubmission(
        Path.of("/s/job.sh"), Path.of("/s"), List.of(4, 5), "n", Path.of("/w"), List.of(Path.of("/w/a.jar")));

    assertThat(shared.inputs()).isEmpty();
    assertThat(shipped.withIndices(List.of(5))).isEqualTo(new JobSubmission(
        Path.of("/s/job.sh"), Path.of("/s"), List.of(5), "n", Path.of("/w"), List.of(Path.of("/w/a.jar"))));
  }

  @Test
  void aBackendWithoutASectionIsItselfConfiguredAndHasNoJobLimit() {
    BatchBackend backend = new BatchBackend() {
      @Override
      public String name() {
        return "plain";
      }

      @Override
      public String jobIndexExpression() {
        return "$INDEX";
      }

      @Override
      public List<String> submit(JobSubmission submission) {
        return List.of();
      }

      @Override
      public Map<String, JobStatus> status(Collection<String> ids) {
        return Map.of();
      }

      @Override
      public void cancel(Collection<String> ids) {}
    };

    assertThat(backend.configure(DocketConfig.empty(Path.of("/w")))).isSameInstanceAs(backend);
    assertThat(backend.defaultParallelJobs()).isEmpty();
  }
}
