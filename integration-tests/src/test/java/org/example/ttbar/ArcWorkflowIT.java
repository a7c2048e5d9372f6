package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import dev.docket.testkit.RequiredService;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@code --workflow arc} on the real ARC CE of {@code scripts/arc-up.sh} (A-REX 6.17, fork
 * LRMS, {@code https://localhost:443/arex}): jobs submitted with {@code arcsub}, polled with
 * {@code arcstat}, their output fetched with {@code arcget} into the logs, a failing job's exit
 * code reported. A job takes ~20-50 s there, so the workflows are small.
 *
 * <p>The CE runs jobs as {@code nobody} (the package's mapping, kept), in its own session
 * directory, on this machine's file system: the job file {@code cd}s into the store and runs
 * {@code java} with the client's class path. So this test gives nobody what a site's shared
 * file system would: a world-writable store and a world-readable copy of the class path
 * (Maven's repository under {@code /root} is not), and runs the client with umask 0 so that
 * the directories it makes in the store are writable by the jobs.
 */
class ArcWorkflowIT {
  private static final String CE = "https://localhost:443/arex";
  private static final long DEADLINE_MS = 600_000;

  @RegisterExtension
  static final RequiredService ARC_CLIENT =
      RequiredService.onPath("arcsub", "install and start the ARC CE with scripts/arc-up.sh (as root)");

  @RegisterExtension
  static final RequiredService ARC_CE =
      RequiredService.listening(443, "no ARC CE on 127.0.0.1:443: start it with scripts/arc-up.sh (as root)");

  private Path shared;
  private Path store;
  private String classPath;

  /** What one run printed and returned. */
  record Result(int exitCode, String out) {
    @Override
    public String toString() {
      return "exit " + exitCode + "\n--- output\n" + out;
    }
  }

  @BeforeEach
  void setUp() throws IOException {
    shared = Files.createTempDirectory("docket-arc-it");
    store = Files.createDirectories(shared.resolve("store"));
    Path copies = Files.createDirectories(shared.resolve("classpath"));
    List<String> entries = new ArrayList<>();
    int i = 0;
    for (String entry : AnalysisProcess.classPath().split(File.pathSeparator)) {
      Path source = Path.of(entry);
      if (!Files.exists(source)) {
        continue;
      }
      Path copy = copies.resolve(i++ + "-" + source.getFileName());
      copyTree(source, copy);
      entries.add(copy.toString());
    }
    classPath = String.join(File.pathSeparator, entries);
    openToEveryone(shared);
    Files.writeString(store.resolve("docket.cfg"), "[job]\npoll-interval = 2\n[arc]\nce = " + CE + "\n");
  }

  @AfterEach
  void tearDown() throws Exception {
    run("run", "Skim", "--cancel-jobs"); // leave no job behind on the CE
    try (Stream<Path> files = Files.walk(shared)) {
      for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(file);
      }
    }
  }

  @Test
  void aWorkflowsBranchesRunAsArcJobs_andTheirOutputIsFetchedIntoTheLogs() throws Exception {
    // Shell and xRSL metacharacters in a parameter travel to the jobs as plain text.
    String label = "it's \"$(touch /tmp/docket-arc-pwned)\" `id` ; ) (* x *) & | \\";
    Result result = run("run", "Skim", "--workflow", "arc", "--chunks", "3", "--label", label);

    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    assertThat(result.out()).contains("submitted 3 jobs to arc");
    assertThat(result.out()).containsMatch("all: 3, pending: 0 \\([-+]\\d+\\), running: 0 \\([-+]\\d+\\), finished: 3 ");
    assertThat(Files.exists(Path.of("/tmp/docket-arc-pwned"))).isFalse();
    Path submission = submissionDirectory();
    for (int b = 0; b < 3; b++) {
      Path output = store.resolve("skim/v1/ttbar/" + b + ".txt");
      assertWithMessage("output of branch " + b).that(Files.exists(output)).isTrue();
      assertThat(Files.readAllLines(output).get(0)).isEqualTo(label);
      // The job's standard output, fetched from the CE with arcget.
      String log = Files.readString(submission.resolve("logs/job-" + b + ".log"));
      assertThat(log).contains("docket job " + b + ": branches " + b + ", started ");
      assertThat(log).contains("docket job " + b + ": exit status 0");
      assertThat(Files.readString(submission.resolve("arc/job-" + b + ".xrsl"))).contains("(arguments = \"job.sh\" \"" + b + "\")");
    }
    for (String[] row : record(submission)) {
      assertWithMessage("job id of " + String.join(" ", row)).that(row[4]).startsWith(CE + "/");
      assertThat(row[2]).isEqualTo("FINISHED");
    }
  }

  @Test
  void aFailingJobIsReportedWithItsExitCodeAndLog() throws Exception {
    Result failed = run("run", "Skim", "--workflow", "arc", "--chunks", "2", "--fail-branch", "1", "--retries", "0");

    assertWithMessage(failed.toString()).that(failed.exitCode()).isEqualTo(1);
    Path log = submissionDirectory().resolve("logs/job-1.log");
    assertThat(failed.out()).containsMatch("job 1 \\(branches 1, " + CE.replace(".", "\\.") + "/\\S+\\) failed \\(exit code [1-9][0-9]*\\), giving up after 1 attempts; log: " + log);
    assertThat(Files.readString(log)).contains("branch 1 fails, as asked with --fail-branch");
    assertThat(Files.readString(log)).containsMatch("docket job 1: exit status [1-9]");
    assertThat(Files.exists(store.resolve("skim/v1/ttbar/0.txt"))).isTrue();
    assertThat(failed.out()).contains("1 of 2 jobs failed after 1 attempt: job 1 (branches 1, log " + log + ")");
  }

  private Path submissionDirectory() throws IOException {
    try (Stream<Path> dirs = Files.list(store.resolve(".docket/jobs/Skim"))) {
      return dirs.filter(Files::isDirectory).findFirst().orElseThrow();
    }
  }

  private static List<String[]> record(Path submission) throws IOException {
    List<String[]> rows = new ArrayList<>();
    for (String line : Files.readAllLines(submission.resolve("submission.tsv"), StandardCharsets.UTF_8)) {
      String[] f = line.split("\t");
      if (f.length >= 5) {
        rows.add(f);
      }
    }
    assertThat(rows).isNotEmpty();
    return rows;
  }

  /**
   * Runs the analysis in the store with the shared class path, under umask 0 (an argument list
   * through {@code sh}, no command text from values).
   */
  private Result run(String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("sh", "-c", "umask 0 && exec \"$@\"", "sh",
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp", classPath, "org.example.ttbar.Main"));
    command.addAll(List.of(args));
    Path out = shared.resolve("client.out");
    Process process = new ProcessBuilder(command).directory(store.toFile())
        .redirectErrorStream(true).redirectOutput(out.toFile()).start();
    if (!process.waitFor(DEADLINE_MS, TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("the analysis did not finish within " + DEADLINE_MS / 1000 + " s:\n" + Files.readString(out));
    }
    return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8));
  }

  private static void copyTree(Path source, Path target) throws IOException {
    if (!Files.isDirectory(source)) {
      Files.copy(source, target, StandardCopyOption.COPY_ATTRIBUTES);
      return;
    }
    try (Stream<Path> files = Files.walk(source)) {
      for (Path file : files.toList()) {
        Path to = target.resolve(source.relativize(file).toString());
        if (Files.isDirectory(file)) {
          Files.createDirectories(to);
        } else {
          Files.copy(file, to);
        }
      }
    }
  }

  /** Directories rwx and files rw for everyone: what nobody's jobs need. */
  private static void openToEveryone(Path root) throws IOException {
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : files.toList()) {
        Files.setPosixFilePermissions(file,
            PosixFilePermissions.fromString(Files.isDirectory(file) ? "rwxrwxrwx" : "rw-rw-rw-"));
      }
    }
  }
}
