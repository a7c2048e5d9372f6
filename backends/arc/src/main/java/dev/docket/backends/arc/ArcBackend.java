package dev.docket.backends.arc;

import com.google.auto.service.AutoService;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.batch.BatchBackend;
import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import dev.docket.runtime.spi.batch.JobSubmission;
import dev.docket.runtime.spi.batch.Templates;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * {@code --workflow arc}: every job is an ARC job on a computing element ({@code [arc] ce}),
 * described in xRSL ({@link Xrsl}) and submitted with one {@code arcsub} call for all the jobs
 * of a submission. The job file travels to the job as an input file and runs as
 * {@code sh job.sh <index>}; {@code [job] ship}'s inputs travel beside it. States come from
 * {@code arcstat -l} (one call per poll); a job that ended has its output fetched with
 * {@code arcget} (which also cleans it from the CE) and appended to its log before its state
 * is reported, so that a failed job's message points at a log that holds its output. Job ids
 * are ARC's job URLs, which the ARC client keeps in {@code ~/.arc/jobs.dat}: a client started
 * again polls the same jobs. {@code --cancel-jobs} is {@code arckill}.
 */
@AutoService(BatchBackend.class)
public final class ArcBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  /** arcsub delegates a proxy for every job over REST: seconds each on a busy CE. */
  private static final Duration SUBMIT_PER_JOB = Duration.ofSeconds(20);

  private final ArcSettings settings;
  private final ArcLogs logs;
  /** Jobs whose output was fetched (arcget removed them from the CE): their last state. */
  private final Map<String, JobStatus> fetched = new ConcurrentHashMap<>();

  public ArcBackend() {
    this(ArcSettings.none(), ArcLogs.forUser());
  }

  ArcBackend(ArcSettings settings, ArcLogs logs) {
    this.settings = settings;
    this.logs = logs;
  }

  @Override
  public String name() {
    return "arc";
  }

  /** Reads {@code [arc]}: bad keys and values, and a missing proxy file, are bad input now. */
  @Override
  public ArcBackend configure(DocketConfig config) {
    ArcSettings read = ArcSettings.read(config);
    if (read.proxy().isPresent() && !Files.isReadable(read.proxy().get())) {
      throw new BadInputException("cannot read the proxy file " + read.proxy().get() + " named by [arc] proxy in "
          + config.origin(ArcSettings.SECTION, "proxy") + "; make one with arcproxy, or fix the path");
    }
    return new ArcBackend(read, logs);
  }

  /** The job file runs as {@code sh job.sh <index>}. */
  @Override
  public String jobIndexExpression() {
    return "\"${1:?docket: the job index is missing (run as: sh job.sh INDEX)}\"";
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    String template = Templates.read(settings.jobTemplate(), ArcBackend.class, Xrsl.DEFAULT_TEMPLATE, "[arc] job-template");
    Path descriptions = Files.createDirectories(submission.directory().resolve("arc"));
    Files.createDirectories(submission.logs());
    List<String> command = new ArrayList<>(List.of("arcsub"));
    if (!settings.ce().isEmpty()) {
      command.addAll(List.of("-C", settings.ce()));
    }
    command.addAll(List.of("-T", settings.submissionInterface()));
    for (int index : submission.indices()) {
      Path file = descriptions.resolve("job-" + index + ".xrsl");
      Files.writeString(file, Xrsl.render(template, submission.name() + "-" + index, index, submission.jobFile(),
          submission.inputs(), settings), StandardCharsets.UTF_8);
      command.add(file.toString());
    }
    Commands.Result result = run(command, TIMEOUT.plus(SUBMIT_PER_JOB.multipliedBy(submission.indices().size())));
    List<String> ids = ArcStat.submittedIds(result.stdout());
    if (!result.ok() || ids.size() != submission.indices().size()) {
      IOException refused = new IOException("arcsub submitted " + ids.size() + " of " + submission.indices().size()
          + " jobs (exit " + result.exitCode() + "): " + message(result)
          + (ids.isEmpty() ? "" : "; cancelled the ones it accepted"));
      try {
        cancel(ids); // not in the record: no job may run unwatched
      } catch (IOException notCancelled) {
        refused.addSuppressed(notCancelled);
      }
      throw refused;
    }
    for (int i = 0; i < ids.size(); i++) {
      logs.remember(ids.get(i), submission.log(submission.indices().get(i)));
    }
    return ids;
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException {
    Map<String, JobStatus> states = new LinkedHashMap<>();
    List<String> ask = new ArrayList<>();
    for (String id : ids) {
      JobStatus done = fetched.get(id);
      states.put(id, done != null ? done : JobStatus.of(JobState.UNKNOWN));
      if (done == null) {
        ask.add(id);
      }
    }
    if (ask.isEmpty()) {
      return states;
    }
    List<String> command = new ArrayList<>(List.of("arcstat", "-l"));
    command.addAll(ask);
    Commands.Result result = run(command, TIMEOUT);
    Map<String, ArcStat.ArcJob> jobs = ArcStat.parse(result.stdout());
    String said = result.stdout() + result.stderr(); // arcstat warns on standard output
    if (!result.ok() && !(jobs.isEmpty() && said.contains("No jobs found"))) {
      throw new IOException("arcstat failed (exit " + result.exitCode() + "): " + message(result));
    }
    List<ArcStat.ArcJob> ended = new ArrayList<>();
    for (String id : ask) {
      ArcStat.ArcJob job = jobs.get(id);
      if (job == null) {
        if (said.contains("information not found") && said.contains(id)) {
          // In the client's job list, but the CE did not answer for it (yet): not gone.
          states.put(id, new JobStatus(JobState.PENDING, "no information from the CE"));
        }
        continue;
      }
      states.put(id, job.status());
      if (job.ended()) {
        ended.add(job);
      }
    }
    fetch(ended);
    for (ArcStat.ArcJob job : ended) {
      fetched.put(job.id(), job.status());
    }
    return states;
  }

  /**
   * Fetches the output of {@code jobs} with one {@code arcget} into a temporary directory and
   * appends it to their logs; a job whose output could not be fetched gets a line saying why.
   */
  private void fetch(List<ArcStat.ArcJob> jobs) throws IOException, InterruptedException {
    if (jobs.isEmpty()) {
      return;
    }
    Path downloads = Files.createTempDirectory("docket-arcget");
    try {
      List<String> command = new ArrayList<>(List.of("arcget", "-D", downloads.toString()));
      jobs.forEach(job -> command.add(job.id()));
      Commands.Result result = run(command, TIMEOUT);
      for (ArcStat.ArcJob job : jobs) {
        String shortId = job.id().substring(job.id().lastIndexOf('/') + 1);
        Path results = downloads.resolve(shortId);
        if (Files.isDirectory(results)) {
          logs.append(job.id(), results, job.outputs());
        } else {
          logs.note(job.id(), "docket: arcget could not fetch the output of " + job.id() + " (exit "
              + result.exitCode() + "): " + message(result));
          logs.forget(job.id());
        }
      }
    } finally {
      ArcLogs.deleteTree(downloads);
    }
  }

  @Override
  public void cancel(Collection<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("arckill"));
    command.addAll(ids);
    Commands.Result result = run(command, TIMEOUT);
    // "No jobs": every one had already ended and been fetched, or was never in the job list.
    if (!result.ok() && !(result.stdout() + result.stderr()).contains("No jobs")) {
      throw new IOException("arckill failed (exit " + result.exitCode() + "): " + message(result));
    }
    for (String id : ids) {
      logs.forget(id);
    }
  }

  /** Runs an ARC tool, with {@code [arc] proxy} as its {@code X509_USER_PROXY} when set. */
  private Commands.Result run(List<String> command, Duration timeout) throws IOException, InterruptedException {
    List<String> full = new ArrayList<>();
    if (settings.proxy().isPresent()) {
      full.addAll(List.of("env", "X509_USER_PROXY=" + settings.proxy().get()));
    }
    full.addAll(command);
    Commands.Result result;
    try {
      result = Commands.run(full, timeout);
    } catch (IOException e) {
      if (e.getMessage() != null && e.getMessage().contains("error=2")) {
        throw notOnPath(command.get(0));
      }
      throw e;
    }
    if (result.exitCode() == 127 && result.stderr().contains("No such file")) {
      throw notOnPath(command.get(0)); // env did not find it
    }
    return result;
  }

  private static BadInputException notOnPath(String tool) {
    return new BadInputException(tool + " is not on the PATH: install the ARC client (Debian: apt-get install"
        + " nordugrid-arc-client nordugrid-arc-plugins-arcrest) to use --workflow arc");
  }

  /** What a tool said: its error output, else its output, on one line. */
  private static String message(Commands.Result result) {
    String text = result.stderr().isBlank() ? result.stdout() : result.stderr();
    return text.strip().replaceAll("\\s*\n\\s*", " | ");
  }
}
