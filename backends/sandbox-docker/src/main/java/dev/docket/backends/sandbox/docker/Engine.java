package dev.docket.backends.sandbox.docker;

import dev.docket.runtime.spi.sandbox.SandboxSettingsReader;

/**
 * The two container engines this module drives. Their command lines agree on everything Docket
 * uses ({@code run --rm --name --user --workdir --volume --env}, {@code kill}); they differ in
 * how an image's presence is asked for and in how a user outside maps to one inside.
 *
 * @param kind the sandbox kind and the name of its {@code [sandbox.<kind>]} section
 * @param executable the program's default name
 * @param install how to get it, for the message when it is missing
 */
enum Engine {
  DOCKER("docker", "docker", "apt-get install docker.io"),
  PODMAN("podman", "podman", "apt-get install podman");

  private final String kind;
  private final String executable;
  private final String install;

  Engine(String kind, String executable, String install) {
    this.kind = kind;
    this.executable = executable;
    this.install = install;
  }

  String kind() {
    return kind;
  }

  String section() {
    return SandboxSettingsReader.section(kind);
  }

  String defaultExecutable() {
    return executable;
  }

  String install() {
    return install;
  }

  static Engine of(String kind) {
    return kind.equals("podman") ? PODMAN : DOCKER;
  }
}
