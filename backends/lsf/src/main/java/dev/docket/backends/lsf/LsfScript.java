package dev.docket.backends.lsf;

import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.Templates;
import java.util.List;
import java.util.Map;

/**
 * Renders the submission script that {@code bsub} reads on its standard input from its template
 * ({@code lsf.bsub.template} or {@code [lsf] job-template}), with the placeholders {@code task}
 * (the workflow, for a comment), {@code directives} (the {@code #BSUB} lines of {@code [lsf]}),
 * {@code array_first} (the job index of array element 1) and {@code job_file} (Docket's job
 * file, quoted for the shell).
 */
final class LsfScript {
  private LsfScript() {}

  static String render(String template, JobSubmission submission, int first, List<String> directives) {
    StringBuilder lines = new StringBuilder();
    for (String directive : directives) {
      lines.append("#BSUB ").append(directive).append('\n');
    }
    Map<String, String> values =
        Map.of(
            "task", submission.name().replaceAll("[\\r\\n]", " "),
            "directives", lines.toString().stripTrailing(),
            "array_first", Integer.toString(first),
            "job_file", quote(submission.jobFile().toString()));
    return Templates.render(template, values, "the LSF job template");
  }

  /** POSIX shell single quotes: the shell expands nothing inside them. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
