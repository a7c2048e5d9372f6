package org.example.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import com.sun.security.auth.module.UnixSystem;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.example.params.TestTasksMain.Result;
import org.example.params.TestTasksMain;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The container sandboxes through the generated main: a task in docker, podman, bwrap and
 * singularity (the stand-in of backends/sandbox-singularity: bubblewrap over a directory image)
 * sees a file only the image has, and its output lands in the outside store, the outside user's;
 * docker and bwrap also as local-process jobs; a missing image or root is bad input before the
 * task starts; a container killed half-way through leaves no output that looks complete. The
 * images come from scripts/docker-up.sh and scripts/sandbox-image.sh.
 */
class ContainerSandboxIT {
  private static final String IMAGE = "local/docket-test:1";
  private static final String SEEN = "image=docket-test image 1: this file exists only inside the image\n";
  private static final String SOCKET =
      System.getenv().getOrDefault("DOCKET_DOCKER_DIR", "/tmp/docket-docker") + "/docker.sock";
  private static final Path ROOT =
      Path.of(System.getenv().getOrDefault("DOCKET_SANDBOX_DIR", "/tmp/docket-sandbox"), "rootfs");
  private static final List<String> DOCKER = List.of("docker", "-H", "unix://" + SOCKET);
  private static final List<String> PODMAN = List.of("podman", "--runtime", "runc", "--cgroup-manager=cgroupfs");
  private static final Path STAND_IN = Path.of(System.getProperty("singularity.standin"));

  @TempDir Path dir;

  @Test
  void aTaskInDockerSeesTheImageAndWritesTheOutsideStoreAsTheOutsideUser() throws Exception {
    requireImage(DOCKER, "start the daemon with scripts/docker-up.sh, then scripts/sandbox-image.sh docker");
    seesTheImageAndWritesTheOutsideStore("docker::" + IMAGE);
  }

  @Test
  void aTaskInPodmanSeesTheImageAndWritesTheOutsideStoreAsTheOutsideUser() throws Exception {
    requireImage(PODMAN, "apt-get install podman, then scripts/sandbox-image.sh podman");
    seesTheImageAndWritesTheOutsideStore("podman::" + IMAGE);
  }

  @Test
  void aTaskInBwrapSeesTheRootAndWritesTheOutsideStoreAsTheOutsideUser() throws Exception {
    requireRoot();
    seesTheImageAndWritesTheOutsideStore("bwrap::" + ROOT);
  }

  @Test
  void aTaskInSingularitySeesTheImageAndWritesTheOutsideStoreAsTheOutsideUser() throws Exception {
    requireRoot();
    seesTheImageAndWritesTheOutsideStore("singularity::" + ROOT);
  }

  @Test
  void aMissingImageOrRootIsBadInputBeforeTheTaskStarts() throws Exception {
    requireImage(DOCKER, "start the daemon with scripts/docker-up.sh, then scripts/sandbox-image.sh docker");
    config("[ImageFile]", "sandbox = docker::local/no-such-image:1");
    Result image = run("run", "ImageFile");
    config("[ImageFile]", "sandbox = bwrap::roots/el9");
    Result root = run("run", "ImageFile");

    assertWithMessage(image.toString()).that(image.status()).isEqualTo(2);
    assertThat(image.err()).contains("docket: error: the sandbox docker::local/no-such-image:1 cannot start:"
        + " docker has no image local/no-such-image:1; pull it (docker pull local/no-such-image:1) or build it");
    assertWithMessage(root.toString()).that(root.status()).isEqualTo(2);
    assertThat(root.err()).contains("docket: error: the sandbox bwrap::roots/el9 cannot start: its root"
        + " directory " + dir.resolve("roots/el9") + " does not exist");
    assertThat(Files.exists(dir.resolve("store/sandbox"))).isFalse();
  }

  @Test
  void dockerBranchesRunInTheirContainersInsideLocalProcessJobs() throws Exception {
    requireImage(DOCKER, "start the daemon with scripts/docker-up.sh, then scripts/sandbox-image.sh docker");
    branchesRunInTheirSandboxInsideLocalProcessJobs("docker::" + IMAGE);
  }

  @Test
  void bwrapBranchesRunInTheirRootInsideLocalProcessJobs() throws Exception {
    requireRoot();
    branchesRunInTheirSandboxInsideLocalProcessJobs("bwrap::" + ROOT);
  }

  @Test
  void aContainerKilledMidTaskLeavesNoOutputThatLooksComplete() throws Exception {
    requireImage(DOCKER, "start the daemon with scripts/docker-up.sh, then scripts/sandbox-image.sh docker");
    config("[ImageFile]", "sandbox = docker::" + IMAGE);
    Path started = dir.resolve("store/sandbox/image-k.started");
    Path log = dir.resolve("killed.log");
    Process run = start(log, "run", "ImageFile", "--name", "k", "--sleep-ms", "120000");
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(90);
      while (!Files.exists(started) && run.isAlive() && System.nanoTime() < deadline) {
        Thread.sleep(50); // polling for the task's own sign that it is half-way
      }
      assertWithMessage(Files.readString(log)).that(Files.exists(started)).isTrue();
      List<String> containers = command(DOCKER, "ps", "-q", "--filter", "volume=" + dir.resolve("store"))
          .lines().filter(line -> !line.isBlank()).toList();
      assertThat(containers).hasSize(1);
      command(DOCKER, "kill", containers.get(0));

      assertThat(run.waitFor(60, TimeUnit.SECONDS)).isTrue();
    } finally {
      run.destroyForcibly();
    }

    assertWithMessage(Files.readString(log)).that(run.exitValue()).isEqualTo(1);
    assertThat(Files.exists(dir.resolve("store/sandbox/image-k.txt"))).isFalse();
    Result again = run("run", "ImageFile", "--name", "k");
    assertWithMessage(again.toString()).that(again.status()).isEqualTo(0);
    assertThat(read("store/sandbox/image-k.txt")).isEqualTo(SEEN + "complete\n");
  }

  private void seesTheImageAndWritesTheOutsideStore(String sandbox) throws Exception {
    config("[ImageFile]", "sandbox = " + sandbox);

    Result result = run("run", "ImageFile");
    Result inPlace = run("run", "ImageFile", "--name", "here", "--no-sandbox");

    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(result.output()).contains("ImageFile sees docket-test image 1"); // the log came back
    Path copy = dir.resolve("store/sandbox/image-a.txt");
    assertThat(Files.readString(copy)).isEqualTo(SEEN + "complete\n");
    UnixSystem outside = new UnixSystem();
    assertThat(Files.getAttribute(copy, "unix:uid")).isEqualTo((int) outside.getUid());
    assertThat(Files.getAttribute(copy, "unix:gid")).isEqualTo((int) outside.getGid());
    assertWithMessage(inPlace.toString()).that(inPlace.status()).isEqualTo(0);
    assertThat(read("store/sandbox/image-here.txt")).startsWith("image=absent\n");
  }

  private void branchesRunInTheirSandboxInsideLocalProcessJobs(String sandbox) throws Exception {
    config("[ImageBranches]", "sandbox = " + sandbox);

    Result result = run(Map.of("DOCKET_CONFIG", dir.resolve("docket.cfg").toString()),
        "run", "ImageBranches", "--workflow", "local-process");

    assertWithMessage(result.toString()).that(result.status()).isEqualTo(0);
    assertThat(read("store/sandbox/branch-0.txt")).isEqualTo(SEEN);
    assertThat(read("store/sandbox/branch-1.txt")).isEqualTo(SEEN);
  }

  private static void requireImage(List<String> engine, String how) {
    boolean present;
    try {
      present = RequiredService.find(engine.get(0)).isPresent()
          && exit(engine, "image", "inspect", IMAGE) == 0;
    } catch (IOException e) {
      present = false;
    }
    RequiredService.require(present, engine.get(0) + " with the image " + IMAGE + " is not here: " + how);
  }

  private static void requireRoot() {
    RequiredService.require(RequiredService.find("bwrap").isPresent(), "bwrap is not on the PATH: apt-get install bubblewrap");
    RequiredService.require(Files.isDirectory(ROOT), "no directory image at " + ROOT + ": build it with scripts/sandbox-image.sh dir");
  }

  /** Writes docket.cfg: the store in {@code store/}, the engines of this machine, then {@code lines}. */
  private void config(String... lines) throws IOException {
    List<String> all = new ArrayList<>(List.of("[core]", "store = store",
        "[sandbox.docker]", "global-options = -H unix://" + SOCKET, "options = --network none",
        "[sandbox.podman]", "global-options = --runtime runc --cgroup-manager=cgroupfs",
        "options = --network none --ulimit nofile=4096:4096 --ulimit nproc=4096:4096",
        "[sandbox.singularity]", "executable = " + STAND_IN));
    all.addAll(List.of(lines));
    Files.writeString(dir.resolve("docket.cfg"), String.join("\n", all) + "\n");
  }

  private String read(String path) throws IOException {
    return Files.readString(dir.resolve(path), StandardCharsets.UTF_8);
  }

  private static int exit(List<String> engine, String... args) throws IOException {
    List<String> command = new ArrayList<>(engine);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    try {
      return process.waitFor(60, TimeUnit.SECONDS) ? process.exitValue() : -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  private static String command(List<String> engine, String... args) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(engine);
    command.addAll(List.of(args));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage(output).that(process.waitFor()).isEqualTo(0);
    return output;
  }

  private Result run(String... args) throws IOException, InterruptedException {
    return run(Map.of(), args);
  }

  /** {@code ParamsMain <args>} (the generated main of the test tasks) in {@code dir}. */
  private Result run(Map<String, String> environment, String... args) throws IOException, InterruptedException {
    ProcessBuilder builder = TestTasksMain.builder(dir, args);
    builder.environment().putAll(environment);
    return TestTasksMain.run(builder, 180);
  }

  private Process start(Path log, String... args) throws IOException {
    return TestTasksMain.builder(dir, args).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

}
