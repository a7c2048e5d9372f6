package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.internal.batch.ClassPath;
import dev.docket.runtime.internal.batch.JobCommand;
import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxMount;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How this process re-launches one task: the same JDK, class path and generated main as the
 * batch jobs use ({@link JobCommand#current}), with the internal verb {@link InsideCommand#VERB},
 * every path absolute so that a container binding them at the same place runs the same command.
 */
record Relaunch(
    Path javaHome,
    String classPath,
    List<Path> classPathEntries,
    String mainClass,
    Path workingDirectory,
    Optional<Path> configFile,
    Path store,
    List<SandboxMount> volumes) {

  static Relaunch of(TaskIndex index, DocketConfig config, SandboxSettings settings,
      Path workingDirectory) {
    JobCommand current = JobCommand.current(index);
    List<Path> written = new ArrayList<>();
    for (String entry : current.classPath().split(File.pathSeparator)) {
      if (!entry.isEmpty()) {
        written.add(workingDirectory.resolve(entry).toAbsolutePath().normalize());
      }
    }
    List<Path> entries;
    try {
      entries = ClassPath.entries(current.classPath(), workingDirectory);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the class path: " + e.getMessage(), e);
    }
    String classPath = String.join(File.pathSeparator, written.stream().map(Path::toString).toList());
    return new Relaunch(Path.of(System.getProperty("java.home")), classPath, entries,
        current.mainClass(), workingDirectory, config.file().map(Path::toAbsolutePath),
        config.store(), settings.volumes());
  }

  /** The launch of {@code task}: its family's name and its arguments, as a job's command has them. */
  <T> SandboxLaunch launch(TaskFamily<T> family, T task) {
    List<String> command = new ArrayList<>(List.of(
        javaHome.resolve("bin").resolve("java").toString(), "-cp", classPath, mainClass,
        InsideCommand.VERB, family.name()));
    command.addAll(TaskArgs.format(family, task));
    Map<String, String> variables =
        configFile.map(file -> Map.of(Environment.CONFIG_VARIABLE, file.toString())).orElse(Map.of());
    return new SandboxLaunch(command, variables, workingDirectory, javaHome, classPathEntries,
        store, mounts());
  }

  private List<SandboxMount> mounts() {
    List<SandboxMount> mounts = new ArrayList<>();
    mounts.add(SandboxMount.same(javaHome, false));
    classPathEntries.forEach(entry -> mounts.add(SandboxMount.same(entry, false)));
    configFile.ifPresent(file -> mounts.add(SandboxMount.same(file, false)));
    mounts.add(SandboxMount.same(store, true));
    if (!workingDirectory.startsWith(store)) {
      mounts.add(SandboxMount.same(workingDirectory, false));
    }
    mounts.addAll(volumes);
    return mounts;
  }
}
