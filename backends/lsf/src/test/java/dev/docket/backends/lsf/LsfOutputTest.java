package dev.docket.backends.lsf;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Every form of LSF's answers that the backend reads, as LSF 10.1's manual documents them. */
class LsfOutputTest {
  @Test
  void bsubsAnswerGivesTheJobId_alsoAfterOtherLinesAndForTheDefaultQueue() {
    assertThat(LsfOutput.submittedJobId("Job <1234> is submitted to queue <normal>.\n")).hasValue("1234");
    assertThat(LsfOutput.submittedJobId("Job <87> is submitted to default queue <normal>.\n")).hasValue("87");
    assertThat(LsfOutput.submittedJobId("Job will be charged to project cms_higgs\n"
        + "Job <55012> is submitted to queue <short>.\n")).hasValue("55012");
    assertThat(LsfOutput.submittedJobId("Request aborted by esub. Job not submitted.\n")).isEmpty();
  }

  @Test
  void bjobsLinesGiveEachElementsStateWithItsReason() {
    String out = String.join("\n",
        "1234|1|DONE|-|-",
        "1234|2|EXIT|3|-",
        "1234|3|PEND|-|New job is waiting for scheduling;",
        "1234|4|PEND|-|The user has reached his/her job slot limit; Load information unavailable: 2 hosts;",
        "1234|5|RUN|-|-",
        "1234|6|PSUSP|-|The job was suspended by the user while pending;",
        "1234|7|USUSP|-|-",
        "1234|8|SSUSP|-|-",
        "1234|9|EXIT|-|-",
        "1234|10|UNKWN|-|-",
        "1234|11|ZOMBI|-|-",
        "1240|1|PROV|-|-",
        "1240|2|WAIT|-|-",
        "1240|3|EXIT|130|-") + "\n";

    Map<String, JobStatus> s = LsfOutput.statuses(out);

    assertThat(s.get("1234[1]")).isEqualTo(JobStatus.of(JobState.FINISHED));
    assertThat(s.get("1234[2]")).isEqualTo(JobStatus.failed("exit code 3"));
    assertThat(s.get("1234[3]")).isEqualTo(new JobStatus(JobState.PENDING, "New job is waiting for scheduling"));
    assertThat(s.get("1234[4]").reason())
        .isEqualTo("The user has reached his/her job slot limit; Load information unavailable: 2 hosts");
    assertThat(s.get("1234[5]")).isEqualTo(JobStatus.of(JobState.RUNNING));
    assertThat(s.get("1234[6]")).isEqualTo(JobStatus.held("The job was suspended by the user while pending"));
    assertThat(s.get("1234[7]").state()).isEqualTo(JobState.HELD);
    assertThat(s.get("1234[7]").reason()).contains("USUSP");
    assertThat(s.get("1234[8]").state()).isEqualTo(JobState.RUNNING);
    assertThat(s.get("1234[8]").reason()).contains("SSUSP");
    assertThat(s.get("1234[9]")).isEqualTo(JobStatus.failed("exited (EXIT)"));
    assertThat(s.get("1234[10]").state()).isEqualTo(JobState.RUNNING); // may still run: never resubmitted twice
    assertThat(s.get("1234[11]").state()).isEqualTo(JobState.FAILED);
    assertThat(s.get("1240[1]").state()).isEqualTo(JobState.PENDING);
    assertThat(s.get("1240[2]").state()).isEqualTo(JobState.PENDING);
    assertThat(s.get("1240[3]")).isEqualTo(JobStatus.failed("exit code 130"));
    assertThat(s).hasSize(14);
  }

  @Test
  void aReasonWithTheDelimiterStaysWhole_andOtherLinesAreSkipped() {
    Map<String, JobStatus> s = LsfOutput.statuses("JOBID|JOBINDEX|STAT|EXIT_CODE|PEND_REASON\n"
        + "1234|1|PEND|-|Job dependency condition not satisfied: done(a|b);\n\n");

    assertThat(s).containsExactly("1234[1]",
        new JobStatus(JobState.PENDING, "Job dependency condition not satisfied: done(a|b)"));
  }

  @Test
  void anUnknownStateIsUnknownAndNamed() {
    assertThat(LsfOutput.status("FROZEN", "", "")).isEqualTo(new JobStatus(JobState.UNKNOWN, "LSF state FROZEN"));
  }

  @Test
  void jobsThatLeftTheSystemAreNotTrouble_otherErrorsAre() {
    String stderr = "Job <1234> is not found\nJob <1240[3]> is not found\n";
    assertThat(LsfOutput.notFound(stderr)).containsExactly("1234", "1240[3]").inOrder();
    assertThat(LsfOutput.bjobsTrouble(stderr)).isEmpty();
    assertThat(LsfOutput.bjobsTrouble(stderr + "LSF is down. Please wait ...\n"))
        .isEqualTo("LSF is down. Please wait ...");
  }

  @Test
  void bkillsAnswersForEndedJobsAreNotTrouble_otherErrorsAre() {
    assertThat(LsfOutput.bkillTrouble("Job <1234[2]>: Job has already finished\n"
        + "Job <999>: No matching job found\n")).isEmpty();
    assertThat(LsfOutput.bkillTrouble("Job <1234>: User permission denied\n"))
        .isEqualTo("Job <1234>: User permission denied");
  }
}
