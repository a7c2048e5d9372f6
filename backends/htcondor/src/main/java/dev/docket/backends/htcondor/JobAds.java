package dev.docket.backends.htcondor;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docket.runtime.spi.batch.JobState;
import dev.docket.runtime.spi.batch.JobStatus;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads the job ClassAds that {@code condor_q -json} (jobs in the queue) and
 * {@code condor_history -json} (jobs that left it) print, and turns HTCondor's {@code JobStatus}
 * codes into a {@link JobStatus} with HTCondor's reason: the hold reason, the exit code or
 * signal, the remove reason.
 */
final class JobAds {
  /** The attributes asked for: what {@link #status(JsonNode)} reads. */
  static final String ATTRIBUTES =
      "ClusterId,ProcId,JobStatus,HoldReason,ExitCode,ExitBySignal,ExitSignal,RemoveReason";

  private static final ObjectMapper JSON = new ObjectMapper();

  private JobAds() {}

  /**
   * Job id ({@code cluster.proc}) to status, from the output of {@code condor_q -json} or
   * {@code condor_history -json}; nothing for empty output (no job matched: the tools then print
   * nothing at all rather than {@code []}).
   */
  static Map<String, JobStatus> parse(String json) throws IOException {
    Map<String, JobStatus> jobs = new LinkedHashMap<>();
    if (json.isBlank()) {
      return jobs;
    }
    JsonNode ads = JSON.readTree(json);
    if (!ads.isArray()) {
      throw new IOException("expected a JSON array of job ads, got: " + abbreviate(json));
    }
    for (JsonNode ad : ads) {
      if (!ad.hasNonNull("ClusterId") || !ad.hasNonNull("ProcId")) {
        continue;
      }
      // condor_history lists a job again for each time it left the queue; the newest comes first.
      jobs.putIfAbsent(ad.get("ClusterId").asLong() + "." + ad.get("ProcId").asLong(), status(ad));
    }
    return jobs;
  }

  /** One job's status from its ad. */
  static JobStatus status(JsonNode ad) {
    int code = ad.path("JobStatus").asInt(0);
    return switch (code) {
      case 1 -> JobStatus.of(JobState.PENDING); // idle
      case 2, 6 -> JobStatus.of(JobState.RUNNING); // running, transferring output
      case 7 -> new JobStatus(JobState.PENDING, "suspended");
      case 5 -> JobStatus.held(text(ad, "HoldReason"));
      case 3 -> JobStatus.failed(reasoned("removed", text(ad, "RemoveReason")));
      case 4 -> ended(ad);
      default -> new JobStatus(JobState.UNKNOWN, "HTCondor JobStatus " + code);
    };
  }

  /** A completed job: finished on exit code 0, else failed with the code or signal. */
  private static JobStatus ended(JsonNode ad) {
    if (ad.path("ExitBySignal").asBoolean(false)) {
      return JobStatus.failed("killed by signal " + ad.path("ExitSignal").asInt());
    }
    int exit = ad.path("ExitCode").asInt(0);
    return exit == 0 ? JobStatus.of(JobState.FINISHED) : JobStatus.failed("exit code " + exit);
  }

  private static String text(JsonNode ad, String attribute) {
    JsonNode value = ad.get(attribute);
    return value == null || value.isNull() ? "" : value.asText();
  }

  private static String reasoned(String what, String reason) {
    return reason.isEmpty() ? what : what + ": " + reason;
  }

  private static String abbreviate(String text) {
    String line = text.strip().replaceAll("\\s+", " ");
    return line.length() > 200 ? line.substring(0, 200) + "..." : line;
  }
}
