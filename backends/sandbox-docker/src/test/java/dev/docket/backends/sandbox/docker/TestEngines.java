package dev.docket.backends.sandbox.docker;

import dev.docket.runtime.spi.batch.Commands;
import dev.docket.testkit.RequiredService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The engines scripts/docker-up.sh and scripts/sandbox-image.sh prepare: the docker daemon on
 * its own socket, podman with the options this kind of machine needs (no systemd: runc and
 * cgroupfs; limits no higher than the machine's hard ones), and the test image in both.
 */
final class TestEngines {
  static final String IMAGE = "local/docket-test:1";

  private TestEngines() {}

  static ContainerSettings docker() {
    String dir = System.getenv().getOrDefault("DOCKET_DOCKER_DIR", "/tmp/docket-docker");
    return new ContainerSettings("docker", List.of("-H", "unix://" + dir + "/docker.sock"), List.of("--network", "none"));
  }

  static ContainerSettings podman() {
    return new ContainerSettings("podman", List.of("--runtime", "runc", "--cgroup-manager=cgroupfs"),
        List.of("--network", "none", "--ulimit", "nofile=4096:4096", "--ulimit", "nproc=4096:4096"));
  }

  /** Skips (or, in CI, fails) the test unless the engine answers and has the test image. */
  static void require(ContainerSettings settings, String how) {
    List<String> inspect = new ArrayList<>();
    inspect.add(settings.executable());
    inspect.addAll(settings.globalOptions());
    inspect.addAll(List.of("image", "inspect", IMAGE));
    boolean present;
    try {
      present = RequiredService.find(settings.executable()).isPresent()
          && Commands.run(inspect, Duration.ofSeconds(30)).ok();
    } catch (Exception e) {
      present = false;
    }
    RequiredService.require(present, settings.executable() + " with the image " + IMAGE + " is not here: " + how);
  }
}
