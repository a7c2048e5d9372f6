package dev.docket.backends.pbs;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code qstat -x -f -t} as PBS Professional documents it (qstat-x-f-t.txt, written by hand
 * from the reference guide: an array with elements in every state, a wrapped Variable_List and
 * a wrapped comment, held, deleted, failed-to-run and waiting jobs) into {@link JobStatus}es.
 */
class QstatParsingTest {
  private static Map<String, Map<String, String>> sample() throws IOException {
    try (InputStream in = QstatParsingTest.class.getResourceAsStream("qstat-x-f-t.txt")) {
      return QstatFull.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  private static JobStatus status(String id) throws IOException {
    return PbsStates.of(sample().get(id));
  }

  @Test
  void everyBlockIsAJob_andWrappedValuesAreJoined() throws IOException {
    Map<String, Map<String, String>> jobs = sample();
    assertThat(jobs.keySet()).containsExactly(
        "4711[].pbs01.example.org", "4711[0].pbs01.example.org", "4711[1].pbs01.example.org",
        "4711[2].pbs01.example.org", "4711[3].pbs01.example.org", "4711[4].pbs01.example.org",
        "4712.pbs01.example.org", "4713.pbs01.example.org", "4714.pbs01.example.org",
        "4715.pbs01.example.org").inOrder();
    assertThat(jobs.get("4711[].pbs01.example.org").get("Variable_List"))
        .isEqualTo("PBS_O_HOME=/home/alice,PBS_O_LANG=C.UTF-8,PBS_O_LOGNAME=alice,"
            + "PBS_O_PATH=/usr/local/bin:/usr/bin:/bin,PBS_O_SHELL=/bin/bash,PBS_O_WORKDIR"
            + "=/home/alice/analysis,PBS_O_QUEUE=workq,PBS_O_HOST=login01.example.org");
    assertThat(jobs.get("4711[].pbs01.example.org").get("array_indices_remaining")).isEqualTo("3-4");
  }

  @Test
  void statesWithTheirReasons() throws IOException {
    assertThat(status("4711[].pbs01.example.org").state()).isEqualTo(JobState.RUNNING); // B: begun
    assertThat(status("4711[0].pbs01.example.org")).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(status("4711[1].pbs01.example.org")).isEqualTo(JobStatus.failed("exit code 3"));
    assertThat(status("4711[2].pbs01.example.org")).isEqualTo(JobStatus.failed("killed by signal 15, Exit_status 271"));
    assertThat(status("4711[3].pbs01.example.org")).isEqualTo(JobStatus.of(JobState.RUNNING));
    assertThat(status("4711[4].pbs01.example.org")).isEqualTo(new JobStatus(JobState.PENDING,
        "Not Running: Insufficient amount of resource: ncpus (R: 1 A: 0 T: 24)"));
    assertThat(status("4712.pbs01.example.org"))
        .isEqualTo(JobStatus.held("system hold: job held, too many failed attempts to run"));
    assertThat(status("4713.pbs01.example.org"))
        .isEqualTo(JobStatus.failed("Job deleted as result of dependency on job 4700.pbs01"));
    assertThat(status("4714.pbs01.example.org")).isEqualTo(JobStatus.failed(
        "PBS could not run the job, Exit_status -1: job held, too many failed attempts to run"));
    assertThat(status("4715.pbs01.example.org").state()).isEqualTo(JobState.PENDING);
  }

  @Test
  void everyDocumentedLetterHasAState() {
    Map<String, JobState> expected = Map.ofEntries(
        Map.entry("Q", JobState.PENDING), Map.entry("W", JobState.PENDING), Map.entry("T", JobState.PENDING),
        Map.entry("M", JobState.PENDING), Map.entry("S", JobState.PENDING), Map.entry("U", JobState.PENDING),
        Map.entry("H", JobState.HELD), Map.entry("R", JobState.RUNNING), Map.entry("E", JobState.RUNNING),
        Map.entry("B", JobState.RUNNING), Map.entry("F", JobState.FAILED), Map.entry("X", JobState.FAILED));
    expected.forEach((letter, state) ->
        assertThat(PbsStates.of(Map.of("job_state", letter)).state()).isEqualTo(state));
    assertThat(PbsStates.of(Map.of("job_state", "X", "Exit_status", "0")).state()).isEqualTo(JobState.FINISHED);
    assertThat(PbsStates.of(Map.of("job_state", "F", "Exit_status", "0")).state()).isEqualTo(JobState.FINISHED);
    assertThat(PbsStates.of(Map.of("job_state", "Z"))).isEqualTo(new JobStatus(JobState.UNKNOWN, "job_state Z"));
    assertThat(PbsStates.of(Map.of("job_state", "H", "Hold_Types", "u"))).isEqualTo(JobStatus.held("user hold"));
  }

  @Test
  void jobIds() {
    PbsJobId array = PbsJobId.parse("4711[].pbs01.example.org");
    assertThat(array.array()).isTrue();
    assertThat(array.element(7).toString()).isEqualTo("4711[7].pbs01.example.org");
    assertThat(PbsJobId.parse("4711[7].pbs01").wholeArray().toString()).isEqualTo("4711[].pbs01");
    assertThat(PbsJobId.parse("4711[7].pbs01").key()).isEqualTo("4711[7]");
    assertThat(PbsJobId.parse("4712.pbs01.example.org").key()).isEqualTo("4712");
    assertThat(PbsJobId.parse("4712").toString()).isEqualTo("4712");
    assertThat(PbsJobId.parse("4712.s").wholeArray().toString()).isEqualTo("4712.s");
    org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> PbsJobId.parse("qsub: illegal -J value"));
  }
}
