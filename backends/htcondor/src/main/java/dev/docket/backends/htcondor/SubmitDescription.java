package dev.docket.backends.htcondor;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.Templates;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The submit description of one submission: one cluster whose procs are the jobs, in the order of
 * {@link JobSubmission#indices()} ({@code queue DocketIndex from (...)}, so that any set of
 * indices, e.g. a resubmission of jobs 3 and 7, is one cluster and each job gets its own index as
 * an argument: the submit wrappers of some pools reset the environment, arguments always arrive).
 *
 * <p>With a shared file system the job runs the job file where it is and appends its output to
 * {@link JobSubmission#log(int)} itself, through a fixed {@code sh -c} script whose paths are
 * positional parameters, so that every attempt's output is kept, as on Slurm. When files are
 * transferred ({@link JobSubmission#inputs()} not empty, or {@code spool = true}) the job file
 * goes with the inputs and HTCondor brings the output back to the log (the last attempt's).
 *
 * <p>Paths reach the file quoted for the submit language: {@code $} as {@code $(DOLLAR)} (else a
 * macro), and inside {@code arguments} every word in single quotes with {@code '} and {@code "}
 * doubled. Workflow parameters never appear here: they are in the job file, quoted for the shell.
 */
final class SubmitDescription {
  static final String DEFAULT_TEMPLATE = "submit.template";
  static final String INDEX = "$(DocketIndex)";
  /** Appends the job file's output to its log; $0..$2 are the job file, the index and the log. */
  private static final String APPEND = "sh \"$0\" \"$1\" >>\"$2\" 2>&1";

  private SubmitDescription() {}

  /** Whether the jobs of {@code submission} get their files transferred rather than shared. */
  static boolean transfers(JobSubmission submission, HTCondorSettings settings) {
    return settings.spool() || !submission.inputs().isEmpty();
  }

  static String render(String template, JobSubmission submission, HTCondorSettings settings) {
    boolean transfer = transfers(submission, settings);
    String log = submission.logs().resolve("job-" + INDEX + ".log").toString();
    List<String> arguments;
    List<String> files = new ArrayList<>();
    Path initialdir;
    if (transfer) {
      arguments = List.of(submission.jobFile().getFileName().toString(), INDEX);
      List<Path> inputs = new ArrayList<>();
      inputs.add(submission.jobFile());
      inputs.addAll(submission.inputs());
      files.add("should_transfer_files = YES");
      files.add("when_to_transfer_output = ON_EXIT");
      files.add("transfer_input_files = " + inputs.stream().map(SubmitDescription::listed).collect(Collectors.joining(",")));
      files.add("output = " + value(log));
      files.add("error = " + value(log));
      initialdir = submission.directory();
    } else {
      arguments = List.of("-c", APPEND, submission.jobFile().toString(), INDEX, log);
      files.add("should_transfer_files = NO");
      initialdir = submission.workingDirectory();
    }
    String eventLog = settings.writeEventLog()
        ? "log = " + value(settings.logDirectory().orElse(submission.logs()).resolve("htcondor.log").toString())
        : "# no event log ([htcondor] log-directory = none)";
    Map<String, String> values = new LinkedHashMap<>();
    values.put("name", value(oneLine(submission.name())));
    values.put("arguments", arguments(arguments));
    values.put("initialdir", value(initialdir.toString()));
    values.put("files", String.join("\n", files));
    values.put("event_log", eventLog);
    values.put("settings", String.join("\n", settings.lines()));
    values.put("indices", submission.indices().stream().map(String::valueOf).collect(Collectors.joining("\n")));
    return Templates.render(template, values, "the HTCondor submit template");
  }

  /**
   * HTCondor's quoted {@code arguments}: double quotes around all, each word in single quotes,
   * {@code '} and {@code "} doubled; words are taken literally except our own {@code $(DocketIndex)}.
   */
  static String arguments(List<String> words) {
    StringBuilder out = new StringBuilder("\"");
    for (String word : words) {
      if (out.length() > 1) {
        out.append(' ');
      }
      String quoted = value(word);
      out.append('\'').append(quoted.replace("'", "''").replace("\"", "\"\"")).append('\'');
    }
    return out.append('"').toString();
  }

  /**
   * A value as the submit language reads it literally: {@code $} is written {@code $(DOLLAR)};
   * our own {@code $(DocketIndex)} stays a macro.
   */
  static String value(String text) {
    String[] parts = oneLine(text).split(java.util.regex.Pattern.quote(INDEX), -1);
    List<String> quoted = new ArrayList<>();
    for (String part : parts) {
      quoted.add(dollars(part));
    }
    return String.join(INDEX, quoted);
  }

  private static String dollars(String text) {
    return text.replace("$", "$(DOLLAR)");
  }

  /** A path in {@code transfer_input_files}, a comma-separated list without quoting. */
  private static String listed(Path path) {
    String text = path.toString();
    if (text.contains(",")) {
      throw new BadInputException("cannot transfer " + text + " to HTCondor jobs: transfer_input_files"
          + " separates files with commas; move it to a path without a comma");
    }
    return value(text);
  }

  private static String oneLine(String text) {
    if (text.contains("\n") || text.contains("\r")) {
      throw new BadInputException("cannot write '" + text.replaceAll("\\R", "\\\\n") + "' into an HTCondor submit"
          + " description: it has a line break; rename it");
    }
    return text;
  }
}
