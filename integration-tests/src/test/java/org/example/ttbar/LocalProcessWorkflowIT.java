package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link BatchWorkflowContract} on {@code --workflow local-process}: jobs are child processes. */
class LocalProcessWorkflowIT extends BatchWorkflowContract {
  @Override
  String backend() {
    return "local-process";
  }

  @Test
  void withoutParallelJobsAtMostOneJobPerCoreIsInFlight() throws Exception {
    int cores = Runtime.getRuntime().availableProcessors();
    int jobs = cores + 2;
    AnalysisProcess.Result result =
        analysis.run("run", "Skim", "--workflow", "local-process", "--chunks", String.valueOf(jobs));
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains(
        "at most " + cores + " jobs at once, the default of local-process; --parallel-jobs N to change it");
    assertThat(result.out()).contains("submitted " + cores + " jobs to local-process");
    assertThat(result.out()).contains("all: " + jobs + ", pending: " + jobs + " (+" + jobs + ")");
    Matcher inFlight = Pattern.compile("pending: (\\d+) \\([-+]\\d+\\), running: (\\d+) ").matcher(result.out());
    while (inFlight.find()) {
      // Pending counts the staged jobs too: the running ones are the ones to bound.
      assertWithMessage("jobs running at once").that(Integer.parseInt(inFlight.group(2))).isAtMost(cores);
    }
    assertThat(submitted(result.out())).isEqualTo(jobs);
  }
}
