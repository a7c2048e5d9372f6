package dev.docket.backends.htcondor;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.JobSubmission;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The submit description: one cluster over any indices, paths quoted for the submit language. */
class SubmitDescriptionTest {
  private static final Path DIR = Path.of("/s/.docket/jobs/Skim/abc");
  private static final JobSubmission JOBS =
      new JobSubmission(DIR.resolve("job.sh"), DIR, List.of(3, 7), "docket-Skim", Path.of("/s"));

  private static String render(JobSubmission submission, HTCondorSettings settings) {
    return SubmitDescription.render(default_(), submission, settings);
  }

  private static String default_() {
    return dev.docket.runtime.spi.batch.Templates.read(Optional.empty(), HTCondorBackend.class,
        SubmitDescription.DEFAULT_TEMPLATE, "[htcondor] job-template");
  }

  @Test
  void aResubmissionOfJobs3And7IsOneClusterWithTheirIndicesAsArguments() {
    String text = render(JOBS, HTCondorSettings.read(HTCondorSettingsTest.config("request-cpus", "2")));
    assertThat(text).contains("\nqueue DocketIndex from (\n3\n7\n)\n");
    assertThat(text).contains("executable = /bin/sh\n");
    // The job file appends to its log itself: every attempt's output is kept.
    assertThat(text).contains("arguments = \"'-c' 'sh \"\"$(DOLLAR)0\"\" \"\"$(DOLLAR)1\"\" >>\"\"$(DOLLAR)2\"\" 2>&1'"
        + " '/s/.docket/jobs/Skim/abc/job.sh' '$(DocketIndex)' '/s/.docket/jobs/Skim/abc/logs/job-$(DocketIndex).log'\"\n");
    assertThat(text).contains("initialdir = /s\n");
    assertThat(text).contains("should_transfer_files = NO\n");
    assertThat(text).contains("log = /s/.docket/jobs/Skim/abc/logs/htcondor.log\n");
    assertThat(text).contains("universe = vanilla\nrequest_cpus = 2\n");
    assertThat(text).doesNotContain("{{");
  }

  @Test
  void pathsWithQuotesAndDollarsStayLiteral() {
    Path odd = Path.of("/tmp/it's \"$(HOME)\" $x");
    JobSubmission submission = new JobSubmission(odd.resolve("job.sh"), odd, List.of(0), "docket-Skim", odd);
    String text = render(submission, HTCondorSettings.none());
    assertThat(text).contains("initialdir = /tmp/it's \"$(DOLLAR)(HOME)\" $(DOLLAR)x\n");
    assertThat(text).contains(" '/tmp/it''s \"\"$(DOLLAR)(HOME)\"\" $(DOLLAR)x/job.sh' ");
  }

  @Test
  void transferredInputsGoWithTheJobFile_andHTCondorBringsTheLogBack() {
    JobSubmission shipped = new JobSubmission(DIR.resolve("job.sh"), DIR, List.of(0, 1), "docket-Skim", Path.of("/s"),
        List.of(DIR.resolve("bundle.tar"), Path.of("/s/docket.cfg")));
    String text = render(shipped, HTCondorSettings.none());
    assertThat(text).contains("should_transfer_files = YES\nwhen_to_transfer_output = ON_EXIT\n");
    assertThat(text).contains("transfer_input_files = " + DIR + "/job.sh," + DIR + "/bundle.tar,/s/docket.cfg\n");
    assertThat(text).contains("arguments = \"'job.sh' '$(DocketIndex)'\"\n");
    assertThat(text).contains("output = " + DIR + "/logs/job-$(DocketIndex).log\n");
    assertThat(text).contains("error = " + DIR + "/logs/job-$(DocketIndex).log\n");
    assertThat(text).contains("initialdir = " + DIR + "\n");
  }

  @Test
  void spoolingTransfersTheJobFileEvenWithoutInputs() {
    String text = render(JOBS, HTCondorSettings.read(HTCondorSettingsTest.config("spool", "true")));
    assertThat(text).contains("transfer_input_files = " + DIR + "/job.sh\n");
  }

  @Test
  void theEventLogGoesWhereConfiguredOrNowhere() {
    assertThat(render(JOBS, HTCondorSettings.read(HTCondorSettingsTest.config("log-directory", "/logs"))))
        .contains("log = /logs/htcondor.log\n");
    assertThat(render(JOBS, HTCondorSettings.read(HTCondorSettingsTest.config("log-directory", "none"))))
        .doesNotContain("\nlog = ");
  }

  @Test
  void aUsersTemplateWithAnUnknownPlaceholderIsBadInput() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> SubmitDescription.render("queue {{count}}\n", JOBS, HTCondorSettings.none()));
    assertThat(e).hasMessageThat().contains("the HTCondor submit template has the unknown placeholder {{count}}");
    assertThat(e).hasMessageThat().contains("{{indices}}");
  }

  @Test
  void aLineBreakInAPathIsRefused() {
    Path odd = Path.of("/tmp/a\nqueue 1000");
    JobSubmission submission = new JobSubmission(odd.resolve("job.sh"), odd, List.of(0), "docket-Skim", odd);
    BadInputException e = assertThrows(BadInputException.class, () -> render(submission, HTCondorSettings.none()));
    assertThat(e).hasMessageThat().contains("it has a line break");
  }
}
