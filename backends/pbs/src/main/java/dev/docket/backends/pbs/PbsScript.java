package dev.docket.backends.pbs;

import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.Templates;
import java.nio.file.Path;
import java.util.Map;

/**
 * The submission script that {@code qsub} receives: {@code #PBS} lines, then the job's log and
 * Docket's job file, rendered from {@code pbs-job.template} beside this class or the user's
 * {@code [pbs] job-template}. Placeholders: {@code task} (for a comment), {@code name} (the job
 * name), {@code directives} (the {@code #PBS} lines of {@code [pbs]}), {@code job_index} (the
 * shell expression of the job's index), {@code workdir} (where the job starts: PBS starts it in
 * the home directory, and a job of {@code [job] ship = bundle} expects its submission's working
 * directory), {@code logs} (the log directory) and {@code job_file}, the last three single-quoted.
 */
final class PbsScript {
  static final String DEFAULT_TEMPLATE = "pbs-job.template";
  static final String SETTING = "[pbs] job-template";

  private PbsScript() {}

  /** The template text: the user's file, else Docket's default. */
  static String template(PbsSettings settings) {
    return Templates.read(settings.template(), PbsScript.class, DEFAULT_TEMPLATE, SETTING);
  }

  /** Renders {@code template} once with stand-in values, so that a bad placeholder is refused before any run. */
  static void check(PbsSettings settings) {
    render(template(settings), settings, "check", "docket-check", "0", Path.of("/"), Path.of("/logs"), Path.of("/job.sh"));
  }

  static String render(String template, PbsSettings settings, JobSubmission submission, String jobIndex) {
    return render(template, settings, submission.name(), name(submission.name()), jobIndex,
        submission.workingDirectory(), submission.logs(), submission.jobFile());
  }

  private static String render(String template, PbsSettings settings, String task, String name, String jobIndex,
      Path workdir, Path logs, Path jobFile) {
    Map<String, String> values =
        Map.of(
            "task", task.replaceAll("[\\r\\n]", " "),
            "name", name,
            "directives", String.join("\n", settings.directives()),
            "job_index", jobIndex,
            "workdir", quote(workdir.toString()),
            "logs", quote(logs.toString()),
            "job_file", quote(jobFile.toString()));
    return Templates.render(template, values, "the PBS job template");
  }

  /**
   * A job name PBS accepts: it must begin with a letter and hold no blank, {@code @} or
   * {@code #}; at most 236 characters (PBS Professional's limit).
   */
  static String name(String name) {
    String safe = name.replaceAll("[^A-Za-z0-9_.+-]", "_");
    if (safe.isEmpty() || !Character.isLetter(safe.charAt(0))) {
      safe = "d" + safe;
    }
    return safe.length() > 236 ? safe.substring(0, 236) : safe;
  }

  /** POSIX shell single quotes: nothing inside is expanded. */
  static String quote(String word) {
    return "'" + word.replace("'", "'\\''") + "'";
  }
}
