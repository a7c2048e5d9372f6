package dev.docket.backends.slurm;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.internal.batch.BatchBackends;
import dev.docket.runtime.spi.batch.JobState;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The parts of the Slurm backend that need no Slurm; the rest is SlurmWorkflowIT's. */
class SlurmBackendTest {
  @Test
  void maxArraySizeIsReadFromScontrolShowConfig() {
    String config = "Configuration data as of 2026-11-25T15:00:00\n"
        + "MailProg                = /bin/mail\n"
        + "MaxArraySize            = 1001\n"
        + "MaxJobCount             = 10000\n";
    assertThat(SlurmBackend.parseMaxArraySize(config)).hasValue(1001);
    assertThat(SlurmBackend.parseMaxArraySize("MaxArraySize = 40001\n")).hasValue(40001);
    assertThat(SlurmBackend.parseMaxArraySize("MaxJobCount = 10000\n")).isEmpty();
    assertThat(SlurmBackend.parseMaxArraySize("MaxArraySize = lots\n")).isEmpty();
  }

  @Test
  void theJobIndexIsTheBasePlusTheArrayElement() throws Exception {
    String script = "job=" + new SlurmBackend().jobIndexExpression() + "; echo \"$job\"";
    assertThat(sh(script, Map.of("SLURM_ARRAY_TASK_ID", "7"))).isEqualTo("7");
    assertThat(sh(script, Map.of("SLURM_ARRAY_TASK_ID", "7", "DOCKET_ARRAY_BASE", "1500"))).isEqualTo("1507");
  }

  private static String sh(String script, Map<String, String> env) throws Exception {
    ProcessBuilder builder = new ProcessBuilder("sh", "-c", script).redirectErrorStream(true);
    builder.environment().remove("DOCKET_ARRAY_BASE");
    builder.environment().remove("SLURM_ARRAY_TASK_ID");
    builder.environment().putAll(env);
    Process process = builder.start();
    assertThat(process.waitFor(10, TimeUnit.SECONDS)).isTrue();
    return new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
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
