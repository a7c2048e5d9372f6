package dev.docket.runtime.spi.batch;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Renders the job file (a POSIX shell script) of a workflow from a template with
 * {@code {{placeholders}}}: {@code task} (the workflow, for a comment), {@code job_index} (the
 * backend's expression for the job's index), {@code branch_cases} (one {@code case} arm per job
 * setting {@code branches}), {@code workdir} (the client's working directory when the jobs share
 * its file system, {@code .} when they run where the batch system put a shipped bundle) and
 * {@code command} (the generated main with the workflow's parameters and {@code --workflow
 * local}, after {@code env DOCKET_CONFIG=...} naming the configuration the job reads), the last
 * two quoted word by word.
 */
public final class JobFile {
  static final String DEFAULT_TEMPLATE = "job.sh.template";

  private JobFile() {}

  /** The template text: the configured file, else Docket's default. */
  public static String template(Optional<Path> file) {
    return Templates.read(file, JobFile.class, DEFAULT_TEMPLATE, "[job] template");
  }

  /**
   * The job file's text.
   *
   * @param jobs job index to its branches, in {@code --branches} form (e.g. {@code 4:6})
   */
  public static String render(
      String template, String task, String jobIndexExpression, Map<Integer, String> jobs,
      Path workdir, List<String> command) {
    StringBuilder cases = new StringBuilder();
    jobs.forEach(
        (index, branches) ->
            cases.append("  ").append(index).append(") branches=")
                .append(ShellQuote.quote(branches)).append(" ;;\n"));
    Map<String, String> values =
        Map.of(
            "task", ShellQuote.commentText(task),
            "job_index", jobIndexExpression,
            "branch_cases", cases.toString().stripTrailing(),
            "workdir", ShellQuote.quote(workdir.toString()),
            "command", ShellQuote.join(command));
    return Templates.render(template, values, "the job template");
  }
}
