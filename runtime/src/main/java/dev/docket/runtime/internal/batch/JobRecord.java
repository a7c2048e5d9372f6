package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.store.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The submission record, {@code submission.tsv} in the submission directory: the backend, the
 * grouping and every job's phase, attempts, backend id and the batch system's last reason (a
 * sixth column that records of earlier versions lack; they load with no reason, and their
 * readers ignore it). Saved by the client that drives the
 * submission ({@link SubmissionLock}) after every poll, atomically (written beside, then
 * renamed), so that a client following it reads a whole record, and a client started again
 * after the submitting one died re-attaches to the jobs in flight instead of submitting them
 * again.
 *
 * @param backend the backend's name
 * @param tasksPerJob the grouping the jobs were made with
 * @param jobs the jobs, by index
 */
record JobRecord(String backend, int tasksPerJob, List<Job> jobs) {
  static final String FILE = "submission.tsv";
  private static final String HEADER = "# docket submission record v1";

  static Optional<JobRecord> load(Path directory) throws IOException {
    Path file = directory.resolve(FILE);
    if (!Files.exists(file)) {
      return Optional.empty();
    }
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
      return Optional.empty(); // not ours or damaged: start afresh
    }
    String[] head = lines.get(1).split("\t");
    List<Job> jobs = new ArrayList<>();
    for (String line : lines.subList(2, lines.size())) {
      String[] f = line.split("\t", -1);
      Job job = new Job(Integer.parseInt(f[0]), f[1]);
      job.phase = Job.Phase.valueOf(f[2]);
      job.attempts = Integer.parseInt(f[3]);
      job.backendId = f[4];
      job.reason = f.length > 5 ? f[5] : "";
      jobs.add(job);
    }
    return Optional.of(new JobRecord(head[0], Integer.parseInt(head[1]), jobs));
  }

  void save(Path directory) throws IOException {
    StringBuilder out = new StringBuilder(HEADER).append('\n');
    out.append(backend).append('\t').append(tasksPerJob).append('\n');
    for (Job job : jobs) {
      out.append(job.index).append('\t').append(job.branches).append('\t').append(job.phase)
          .append('\t').append(job.attempts).append('\t').append(job.backendId)
          .append('\t').append(oneField(job.reason)).append('\n');
    }
    AtomicFiles.write(directory.resolve(FILE), out.toString().getBytes(StandardCharsets.UTF_8));
  }

  /** A batch system's reason may span lines or hold tabs: in the record it is one field. */
  private static String oneField(String text) {
    return text.replaceAll("[\\t\\r\\n]+", " ").strip();
  }

  List<Job> inFlight() {
    return jobs.stream().filter(Job::inFlight).toList();
  }

  /** The backend's ids of {@code jobs}: what its status and cancel commands take. */
  static List<String> backendIds(List<Job> jobs) {
    return jobs.stream().map(j -> j.backendId).toList();
  }
}
