package org.example.ttbar;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code [job] ship} on {@code --workflow local-process} (and on Slurm, {@link ShippedSlurmJobsIT}), with a client started in one directory
 * and its docket.cfg in another ({@code $DOCKET_CONFIG}). Every job runs {@code [job] java}, a
 * script that notes where the job runs, what it was given and the configuration it reads, then
 * starts the real {@code java}.
 *
 * <p>Bundle: the jobs run in scratch directories holding copies of the bundle (as a batch
 * system that transfers files runs them), on the bundle's class path alone, reading the
 * shipped docket.cfg, whose relative store still means the client's. Shared: the jobs read the
 * very file the client read, by its absolute path.
 */
class ShippedJobsIT {
  @TempDir Path dir;
  Path client;
  Path conf;
  Path store;
  Path notes;
  AnalysisProcess analysis;

  @BeforeEach
  void setUp() throws IOException {
    client = Files.createDirectories(dir.resolve("client"));
    conf = Files.createDirectories(dir.resolve("conf"));
    store = dir.resolve("store");
    notes = Files.createDirectories(dir.resolve("notes"));
    Path spy = dir.resolve("tools/java");
    Files.createDirectories(spy.getParent());
    Files.writeString(spy, "#!/bin/sh\n"
        + "note=" + notes + "/job-$$.txt\n"
        + "{ echo \"pwd=$(pwd)\"; echo \"config=$DOCKET_CONFIG\"; printf 'arg=%s\\n' \"$@\"; ls | sed 's/^/file=/';"
        + " sed 's/^/cfg:/' \"$DOCKET_CONFIG\"; } >\"$note\"\n"
        + "exec '" + Path.of(System.getProperty("java.home"), "bin", "java") + "' \"$@\"\n");
    Files.setPosixFilePermissions(spy, PosixFilePermissions.fromString("rwxr-xr-x"));
    // Relative to the client's directory: the client resolves it there, the jobs must not.
    analysis = new AnalysisProcess(client).withEnvironment("DOCKET_CONFIG", "../conf/docket.cfg");
  }

  /** The backend the jobs run on. */
  String backend() {
    return "local-process";
  }

  /**
   * Where a bundled job of {@code submission} ran: local-process, like a batch system that
   * transfers files, runs each in a scratch directory of copies.
   */
  void assertBundledJobRanIn(Path pwd, Path submission) {
    assertThat(pwd.getParent()).isEqualTo(submission.resolve("scratch"));
    assertThat(pwd.getFileName().toString()).startsWith("job-");
  }

  @AfterEach
  void tearDown() throws Exception {
    analysis.run("run", "Skim", "--cancel-jobs");
  }

  private void configure(String ship) throws IOException {
    Files.writeString(conf.resolve("docket.cfg"), "[core]\nstore = ../store\n\n[job]\npoll-interval = 0.3\n"
        + "ship = " + ship + "\njava = " + dir.resolve("tools/java") + "\n");
  }

  private AnalysisProcess.Result runSkim() throws Exception {
    AnalysisProcess.Result result =
        analysis.run("run", "Skim", "--workflow", backend(), "--chunks", "4", "--tasks-per-job", "2");
    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(0);
    for (int b = 0; b < 4; b++) {
      assertWithMessage("output of branch " + b)
          .that(Files.exists(store.resolve("skim/v1/ttbar/" + b + ".txt"))).isTrue();
    }
    assertThat(Files.exists(client.resolve("skim"))).isFalse();
    return result;
  }

  /** What each job's {@code java} noted, one list of lines per job. */
  private List<List<String>> notes() throws IOException {
    List<List<String>> all = new ArrayList<>();
    try (Stream<Path> files = Files.list(notes)) {
      for (Path file : files.sorted().toList()) {
        all.add(Files.readAllLines(file));
      }
    }
    return all;
  }

  private static String value(List<String> note, String key) {
    return note.stream().filter(l -> l.startsWith(key + "=")).findFirst().orElseThrow()
        .substring(key.length() + 1);
  }

  private static List<String> values(List<String> note, String prefix) {
    return note.stream().filter(l -> l.startsWith(prefix)).map(l -> l.substring(prefix.length())).toList();
  }

  @Test
  void bundledJobsRunFromTheShippedFilesAloneAndWriteToTheClientsStore() throws Exception {
    configure("bundle");

    AnalysisProcess.Result result = runSkim();

    Path jobs = store.resolve(".docket/jobs/Skim");
    Path submission;
    try (Stream<Path> dirs = Files.list(jobs)) {
      submission = dirs.findFirst().orElseThrow();
    }
    Path bundle = submission.resolve("bundle");
    assertThat(result.out()).contains("packed the class path and configuration for the jobs ([job] ship = bundle) into " + bundle);
    List<List<String>> notes = notes();
    assertThat(notes).hasSize(2);
    for (List<String> note : notes) {
      assertBundledJobRanIn(Path.of(value(note, "pwd")), submission);
      assertThat(value(note, "config")).isEqualTo("docket.cfg");
      List<String> args = values(note, "arg=");
      String classPath = args.get(args.indexOf("-cp") + 1);
      List<String> files = values(note, "file=");
      // Only names of the job's own copies: nothing of the client's class path.
      for (String entry : classPath.split(File.pathSeparator)) {
        assertThat(entry).doesNotContain("/");
        assertThat(files).contains(entry);
      }
      assertThat(classPath.split(File.pathSeparator).length)
          .isAtLeast(AnalysisProcess.classPath().split(File.pathSeparator).length);
      assertThat(files).contains("docket.cfg");
      // The shipped file: the client's, its relative store made absolute.
      assertThat(values(note, "cfg:")).containsAtLeast("[core]", "store = \"" + store + "\"", "ship = bundle");
    }
    String jobFile = Files.readString(submission.resolve("job.sh"));
    assertThat(jobFile).contains("\ncd '.' || exit 3\n");
    assertThat(jobFile).doesNotContain(client.toString());
    assertThat(jobFile).doesNotContain(System.getProperty("analysis.classes"));
    // Scratch directories are gone; the bundle stays for the next submission.
    if (Files.exists(submission.resolve("scratch"))) {
      try (Stream<Path> left = Files.list(submission.resolve("scratch"))) {
        assertThat(left.toList()).isEmpty();
      }
    }
    try (Stream<Path> packed = Files.list(bundle)) {
      assertThat(packed.map(p -> p.getFileName().toString()).toList()).contains("docket.cfg");
    }
    assertThat(Arrays.stream(Files.readString(bundle.resolve("docket.cfg")).split("\n")))
        .contains("store = \"" + store + "\"");
  }

  @Test
  void sharedJobsReadTheFileTheClientReadByItsAbsolutePath() throws Exception {
    configure("shared");

    runSkim();

    List<List<String>> notes = notes();
    assertThat(notes).hasSize(2);
    for (List<String> note : notes) {
      assertThat(value(note, "pwd")).isEqualTo(client.toString());
      assertThat(value(note, "config")).isEqualTo(conf.resolve("docket.cfg").toString());
      assertThat(values(note, "cfg:")).contains("store = ../store");
      List<String> args = values(note, "arg=");
      assertThat(args.get(args.indexOf("-cp") + 1)).isEqualTo(AnalysisProcess.classPath());
    }
  }

  @Test
  void anUnknownWayOfShippingIsBadInputBeforeAnythingRuns() throws Exception {
    configure("tarball");

    AnalysisProcess.Result result =
        analysis.run("run", "Skim", "--workflow", backend(), "--chunks", "4");

    assertWithMessage(result.toString()).that(result.exitCode()).isEqualTo(2);
    assertThat(result.err()).isEqualTo("docket: error: bad value 'tarball' for [job] ship in "
        + conf.resolve("docket.cfg") + ", line 6: expected shared (the jobs see this machine's files)"
        + " or bundle (the class path and configuration travel with each job)\n");
    assertThat(Files.exists(store)).isFalse();
  }
}
