package dev.docket.backends.htcondor;

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
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code --workflow htcondor}: the jobs of one submission are one HTCondor cluster, submitted
 * with one {@code condor_submit} ({@link SubmitDescription}); job ids are HTCondor's own
 * {@code <cluster>.<proc>}, so a restarted client needs no mapping. States come from
 * {@code condor_q -json} while a job is in the queue and from {@code condor_history -json}
 * after it left ({@link JobAds}): held jobs with their hold reason, ended ones with their exit
 * code. {@code condor_rm} cancels. The {@code [htcondor]} section of {@code docket.cfg}
 * ({@link HTCondorSettings}) adds submit commands and chooses spooling.
 */
@AutoService(BatchBackend.class)
public final class HTCondorBackend implements BatchBackend {
  private static final Duration TIMEOUT = Duration.ofSeconds(120);
  /** {@code condor_submit -terse}: the first and last job id of the cluster. */
  private static final Pattern TERSE = Pattern.compile("(\\d+)\\.(\\d+)\\s*-\\s*(\\d+)\\.(\\d+)");

  private final HTCondorSettings settings;
  /** Spooled jobs whose output was fetched already; condor_transfer_data once per job. */
  private final Set<String> fetched = ConcurrentHashMap.newKeySet();

  public HTCondorBackend() {
    this(HTCondorSettings.none());
  }

  private HTCondorBackend(HTCondorSettings settings) {
    this.settings = settings;
  }

  @Override
  public String name() {
    return "htcondor";
  }

  /** Reads {@code [htcondor]}; an unknown key or bad value is bad input, before anything is submitted. */
  @Override
  public HTCondorBackend configure(DocketConfig config) {
    Commands.requireOnPath("HTCondor", "htcondor", List.of("condor_submit", "condor_q", "condor_rm"),
        "run on a submit machine of your pool or put HTCondor's tools on PATH");
    HTCondorBackend configured = new HTCondorBackend(HTCondorSettings.read(config));
    configured.template(); // a missing job-template file is refused now, not at the first submission
    return configured;
  }

  @Override
  public String jobIndexExpression() {
    return "\"${1:?the job index, the first argument}\"";
  }

  private String template() {
    return Templates.read(settings.template(), HTCondorBackend.class, SubmitDescription.DEFAULT_TEMPLATE,
        "[htcondor] job-template");
  }

  @Override
  public List<String> submit(JobSubmission submission) throws IOException, InterruptedException {
    Files.createDirectories(submission.logs());
    settings.logDirectory().ifPresent(dir -> {
      try {
        Files.createDirectories(dir);
      } catch (IOException e) {
        throw new BadInputException("cannot create " + dir + " named by [htcondor] log-directory: " + e.getMessage());
      }
    });
    Path file = submission.directory().resolve("htcondor.sub");
    Files.writeString(file, SubmitDescription.render(template(), submission, settings), StandardCharsets.UTF_8);
    List<String> command = new ArrayList<>(List.of("condor_submit", "-terse"));
    if (settings.spool()) {
      command.add("-spool");
    }
    command.add(file.toString());
    Commands.Result result = run(command);
    if (!result.ok()) {
      throw new IOException("condor_submit refused the jobs (exit " + result.exitCode() + "): "
          + (result.stderr().strip() + " " + result.stdout().strip()).strip() + "; submit description " + file);
    }
    return ids(result.stdout(), submission.indices().size());
  }

  /** The ids {@code cluster.first .. cluster.last} that {@code condor_submit -terse} printed. */
  static List<String> ids(String terse, int expected) throws IOException {
    Matcher m = TERSE.matcher(terse);
    if (!m.find() || !m.group(1).equals(m.group(3))) {
      throw new IOException("cannot read the job ids from condor_submit -terse: " + terse.strip());
    }
    long cluster = Long.parseLong(m.group(1));
    int first = Integer.parseInt(m.group(2));
    int last = Integer.parseInt(m.group(4));
    if (last - first + 1 != expected) {
      throw new IOException("condor_submit made " + (last - first + 1) + " jobs of cluster " + cluster
          + " for " + expected + " submitted: " + terse.strip());
    }
    List<String> ids = new ArrayList<>(expected);
    for (int proc = first; proc <= last; proc++) {
      ids.add(cluster + "." + proc);
    }
    return ids;
  }

  @Override
  public Map<String, JobStatus> status(Collection<String> ids) throws IOException, InterruptedException {
    Map<String, JobStatus> states = new HashMap<>();
    for (String id : ids) {
      states.put(id, JobStatus.of(JobState.UNKNOWN));
    }
    if (ids.isEmpty()) {
      return states;
    }
    Map<String, JobStatus> queued = ask("condor_q", clusters(ids));
    List<String> done = new ArrayList<>();
    for (String id : ids) {
      JobStatus status = queued.get(id);
      if (status != null) {
        states.put(id, status);
        if (settings.spool() && (status.state() == JobState.FINISHED || status.state() == JobState.FAILED)
            && !fetched.contains(id)) {
          done.add(id);
        }
      }
    }
    fetch(done);
    List<String> left = ids.stream().filter(id -> !queued.containsKey(id)).toList();
    if (!left.isEmpty()) {
      Map<String, JobStatus> history = ask("condor_history", clusters(left));
      for (String id : left) {
        JobStatus status = history.get(id);
        if (status != null) {
          states.put(id, status);
        }
      }
    }
    return states;
  }

  /** Spooled jobs that ended keep their output in the spool until fetched; fetches it to the logs. */
  private void fetch(List<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("condor_transfer_data"));
    command.addAll(ids);
    Commands.Result result = run(command);
    if (!result.ok()) {
      throw new IOException("condor_transfer_data failed (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    fetched.addAll(ids);
    // A spooled job stays in the queue after its output was fetched (for days, by its
    // LeaveJobInQueue); letting it go now puts it in the history as completed, not removed.
    Commands.Result release = run(List.of("condor_qedit", "-constraint", fetchedConstraint(ids), "LeaveJobInQueue", "False"));
    if (!release.ok()) {
      throw new IOException("condor_qedit failed (exit " + release.exitCode() + "): " + release.stderr().strip());
    }
  }

  /** A ClassAd constraint matching exactly the jobs {@code ids} ({@code <cluster>.<proc>}). */
  static String fetchedConstraint(List<String> ids) {
    List<String> terms = new ArrayList<>();
    for (String id : ids) {
      if (!id.matches("[0-9]+\\.[0-9]+")) {
        throw new IllegalArgumentException("not an HTCondor job id: " + id);
      }
      String[] f = id.split("\\.");
      terms.add("(ClusterId == " + f[0] + " && ProcId == " + f[1] + ")");
    }
    return String.join(" || ", terms);
  }

  private Map<String, JobStatus> ask(String tool, Collection<String> clusters) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(tool, "-json", "-attributes", JobAds.ATTRIBUTES));
    command.addAll(clusters);
    Commands.Result result = run(command);
    if (!result.ok()) {
      throw new IOException(tool + " failed (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
    return JobAds.parse(result.stdout());
  }

  private static Collection<String> clusters(Collection<String> ids) {
    Set<String> clusters = new LinkedHashSet<>();
    for (String id : ids) {
      clusters.add(id.split("\\.")[0]);
    }
    return clusters;
  }

  @Override
  public void cancel(Collection<String> ids) throws IOException, InterruptedException {
    if (ids.isEmpty()) {
      return;
    }
    List<String> command = new ArrayList<>(List.of("condor_rm"));
    command.addAll(ids);
    Commands.Result result = run(command);
    if (!result.ok() && !onlyGone(result.stdout() + result.stderr())) {
      throw new IOException("condor_rm failed (exit " + result.exitCode() + "): " + result.stderr().strip());
    }
  }

  /** condor_rm's complaint about jobs that already left the queue, which cancel ignores. */
  static boolean onlyGone(String output) {
    for (String line : output.split("\n")) {
      String l = line.strip();
      if (!l.isEmpty() && !l.contains("not found") && !l.startsWith("Couldn't find/remove all jobs")
          && !l.contains("already being removed") && !l.contains("marked for removal")) {
        return false;
      }
    }
    return true;
  }

  /** Runs an HTCondor tool (one that is not installed: bad input, from {@link Commands}). */
  private static Commands.Result run(List<String> command) throws IOException, InterruptedException {
    return Commands.run(command, TIMEOUT);
  }
}
