package dev.docket.backends.slurm;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.batch.BatchBackends;
import dev.docket.runtime.batch.JobState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The parts of the Slurm backend that need no Slurm; the rest is SlurmWorkflowIT's. */
class SlurmBackendTest {
  @Test
  void arrayIndicesAreWrittenAsRanges() {
    assertThat(SlurmBackend.ranges(List.of(0, 1, 2, 3))).isEqualTo("0-3");
    assertThat(SlurmBackend.ranges(List.of(0, 2, 3, 4, 9))).isEqualTo("0,2-4,9");
    assertThat(SlurmBackend.ranges(List.of(7))).isEqualTo("7");
  }

  @Test
  void slurmStatesMapToJobStates() {
    assertThat(SlurmBackend.state("PENDING")).isEqualTo(JobState.PENDING);
    assertThat(SlurmBackend.state("RUNNING")).isEqualTo(JobState.RUNNING);
    assertThat(SlurmBackend.state("COMPLETING")).isEqualTo(JobState.RUNNING);
    assertThat(SlurmBackend.state("COMPLETED")).isEqualTo(JobState.FINISHED);
    for (String failed : List.of("FAILED", "CANCELLED", "TIMEOUT", "NODE_FAIL", "OUT_OF_MEMORY")) {
      assertThat(SlurmBackend.state(failed)).isEqualTo(JobState.FAILED);
    }
  }

  @Test
  void isFoundWithServiceLoaderByName() {
    assertThat(BatchBackends.named("slurm")).isInstanceOf(SlurmBackend.class);
  }
}
