package dev.docket.backends.arc;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reading arcsub's and arcstat's output, recorded from the real CE (see the resources' README). */
class ArcStatTest {
  static String recorded(String name) throws IOException {
    try (InputStream in = ArcStatTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void arcsubsIdsAreReadInTheOrderOfTheDescriptions() throws IOException {
    assertThat(ArcStat.submittedIds(recorded("arcsub-four.txt"))).containsExactly(
        "https://vm:443/arex/rest/1.0/jobs/yMlMDm1mgsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmFBFKDm6u3Sam",
        "https://vm:443/arex/rest/1.0/jobs/AfdLDm5mgsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmGBFKDm65jjLm",
        "https://vm:443/arex/rest/1.0/jobs/hMnLDm7mgsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmHBFKDm50Lk8n",
        "https://vm:443/arex/rest/1.0/jobs/3T5KDmDngsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmIBFKDmrM1avn").inOrder();
    assertThat(ArcStat.submittedIds(recorded("arcsub-refused.txt"))).isEmpty();
  }

  @Test
  void endedJobsGiveTheirExitCode_andAFailingOneFailsWithIt() throws IOException {
    Map<String, ArcStat.ArcJob> jobs = ArcStat.parse(recorded("arcstat-ended.txt"));
    String ok = "https://vm:443/arex/bLbNDm6kgsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmABFKDm5fxZwn";
    String bad = "https://vm:443/arex/rest/1.0/jobs/Yk2NDm9kgsAoOSAtDmABFKDmABFKDmABFKDm2xKKDmBBFKDm1dtDun";
    assertThat(jobs.keySet()).containsExactly(ok, bad).inOrder();

    assertThat(jobs.get(ok).state()).isEqualTo("Finished");
    assertThat(jobs.get(ok).exitCode()).isEqualTo("0");
    assertThat(jobs.get(ok).ended()).isTrue();
    assertThat(jobs.get(ok).outputs()).containsExactly("out.log"); // stdout and stderr joined
    assertThat(jobs.get(ok).status()).isEqualTo(JobStatus.of(JobState.FINISHED));

    assertThat(jobs.get(bad).state()).isEqualTo("Failed");
    assertThat(jobs.get(bad).error()).isEqualTo("LRMS error: (7) Job finished with wrong exit code - 7 != 0");
    assertThat(jobs.get(bad).status()).isEqualTo(JobStatus.failed("exit code 7"));
    // The id that is not in the job list is only in a warning before the jobs: no entry.
    assertThat(recorded("arcstat-ended.txt")).contains("Warning: Job not found in job list: https://vm:443/arex/rest/1.0/jobs/nonexistent");
  }

  @Test
  void aJobPolledThroughItsLife() throws IOException {
    String id = "https://localhost:443/arex/rest/1.0/jobs/R8aMDmfwgsAoOSAtDmABFKDmABFKDmABFKDm5AMKDmABFKDm1E4wfm";
    assertThat(ArcStat.parse(recorded("arcstat-Accepted.txt")).get(id).status()).isEqualTo(JobStatus.of(JobState.PENDING));
    assertThat(ArcStat.parse(recorded("arcstat-Running.txt")).get(id).status()).isEqualTo(JobStatus.of(JobState.RUNNING));
    ArcStat.ArcJob failed = ArcStat.parse(recorded("arcstat-Failed.txt")).get(id);
    assertThat(failed.status()).isEqualTo(JobStatus.failed("exit code 3"));
    assertThat(failed.ended()).isTrue();
    assertThat(failed.outputs()).containsExactly("out.log");
  }

  @Test
  void everyArcStateMapsToAJobState() {
    for (String pending : List.of("Accepted", "Preparing", "Submitting", "Queuing", "Other", "Undefined")) {
      assertThat(job(pending, "", "").status().state()).isEqualTo(JobState.PENDING);
      assertThat(job(pending, "", "").ended()).isFalse();
    }
    for (String running : List.of("Running", "Finishing")) {
      assertThat(job(running, "", "").status()).isEqualTo(JobStatus.of(JobState.RUNNING));
    }
    assertThat(job("Hold", "INLRMS:S", "").status()).isEqualTo(JobStatus.held("INLRMS:S"));
    assertThat(job("Finished", "", "").status()).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(job("Finished", "", "3").status()).isEqualTo(JobStatus.failed("exit code 3"));
    assertThat(job("Failed", "", "").status()).isEqualTo(JobStatus.failed("failed on the CE"));
    assertThat(new ArcStat.ArcJob("x", "Failed", "FAILED", "", "Failed in files upload", List.of()).status())
        .isEqualTo(JobStatus.failed("Failed in files upload"));
    assertThat(job("Killed", "", "").status()).isEqualTo(JobStatus.failed("killed"));
    assertThat(job("Killed", "", "").ended()).isTrue();
    assertThat(job("Deleted", "", "").status().state()).isEqualTo(JobState.UNKNOWN);
    assertThat(job("Deleted", "", "").ended()).isFalse();
  }

  private static ArcStat.ArcJob job(String state, String specific, String exitCode) {
    return new ArcStat.ArcJob("https://ce/arex/1", state, specific, exitCode, "", List.of());
  }
}
