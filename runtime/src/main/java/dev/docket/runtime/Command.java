package dev.docket.runtime;

import dev.docket.runtime.internal.spawn.NativeSpawn;
import dev.docket.runtime.internal.spawn.ProgramGroups;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a program from a task's {@code run()}, as a make recipe runs a command, but with the
 * arguments as a list: no shell reads them, so a parameter value with spaces, quotes or
 * {@code ;} reaches the program as one argument and is never run as a command.
 *
 * <pre>{@code
 * void run() throws Exception {
 *   Command.of("hadd", "-f", output().path().toString(), first.toString(), second.toString())
 *       .log(Path.of("logs", "hadd.log"))
 *       .run();
 * }
 * }</pre>
 *
 * <p>It is as cheap as a process can be from Java: standard input is {@code /dev/null}, and the
 * output goes straight to the run's own standard output and error (as make's commands do) or,
 * with {@link #log}, to a file, so no pipe is read and no thread is started per command. On
 * Linux the program is started with glibc's {@code posix_spawnp} and waited for on the calling
 * thread, as make does; elsewhere (or with {@code -Ddocket.spawn.jdk=true}) by the JDK's
 * {@link ProcessBuilder}. A
 * program that ends with a status other than 0 fails the task ({@link Failed}); a run that is
 * interrupted (Ctrl-C, a task's timeout) stops the program and what it started: SIGTERM, and
 * SIGKILL to what is left after 2 s. Through {@code posix_spawnp} the program leads a process
 * group of its own, which is what is stopped (so the commands a {@code sh -c} started end too;
 * a program in it cannot read from the terminal, as in a background job); through the JDK the
 * program and the descendants it has when it is stopped. To run a shell on purpose, say so:
 * {@code Command.of("/bin/sh", "-c", script)}, with a script that is not built from parameter
 * values.
 *
 * <p>Instances are immutable: each method returns a new one.
 */
public final class Command {
  /** How long a program has to end after it was asked to stop, before it is killed. */
  private static final long STOP_GRACE_MILLIS = 2000;

  private static final Pattern JDK_REASON = Pattern.compile("error=\\d+, (.*)$");

  private final List<String> arguments;
  private final Path directory;
  private final Path log;
  private final Map<String, String> environment;

  private Command(List<String> arguments, Path directory, Path log, Map<String, String> environment) {
    this.arguments = arguments;
    this.directory = directory;
    this.log = log;
    this.environment = environment;
  }

  /** The program (a name looked up on {@code PATH}, or a path) and its arguments. */
  public static Command of(String program, String... arguments) {
    List<String> all = new ArrayList<>(arguments.length + 1);
    all.add(program);
    all.addAll(List.of(arguments));
    return of(all);
  }

  /** The program and its arguments, as one list; it must not be empty. */
  public static Command of(List<String> arguments) {
    if (arguments.isEmpty()) {
      throw new IllegalArgumentException("a command needs at least the program to run");
    }
    for (String argument : arguments) {
      if (argument == null || argument.indexOf('\0') >= 0) {
        throw new IllegalArgumentException(
            "an argument of " + arguments.get(0) + " is null or contains a NUL character");
      }
    }
    return new Command(List.copyOf(arguments), null, null, Map.of());
  }

  /** Runs in {@code directory} instead of the run's working directory. */
  public Command directory(Path directory) {
    return new Command(arguments, directory, log, environment);
  }

  /**
   * Appends standard output and error to {@code file} (created with its directories if needed)
   * instead of the run's own output.
   */
  public Command log(Path file) {
    return new Command(arguments, directory, file, environment);
  }

  /**
   * Adds {@code name=value} to the environment the program inherits from the run.
   *
   * @throws IllegalArgumentException when the name is empty or contains {@code =} or NUL, or the
   *     value contains NUL: the program could not be given that variable
   */
  public Command environment(String name, String value) {
    if (name.isEmpty() || name.indexOf('=') >= 0 || name.indexOf('\0') >= 0
        || value.indexOf('\0') >= 0) {
      throw new IllegalArgumentException(
          "environment variable " + name + " of " + arguments.get(0) + ": a name must be non-empty"
              + " without '=' or NUL, a value without NUL");
    }
    Map<String, String> more = new LinkedHashMap<>(environment);
    more.put(name, value);
    return new Command(arguments, directory, log, Map.copyOf(more));
  }

  /** The program and its arguments. */
  public List<String> arguments() {
    return arguments;
  }

  /**
   * Runs the program and waits for it.
   *
   * @throws Failed when it ends with a status other than 0
   * @throws IOException when it cannot be started (not found, not executable)
   * @throws InterruptedException when the task is interrupted; the program is stopped first
   */
  public void run() throws IOException, InterruptedException {
    int status = status();
    if (status != 0) {
      throw new Failed(this, status);
    }
  }

  /**
   * Runs the program and returns its exit status, for a program whose non-zero status is an
   * answer rather than a failure ({@code grep}, {@code cmp}).
   */
  public int status() throws IOException, InterruptedException {
    return status(NativeSpawn.ready());
  }

  /** {@link #status()}, through glibc's {@code posix_spawnp} or the JDK's {@code Process}. */
  int status(boolean spawnNatively) throws IOException, InterruptedException {
    if (log != null) {
      Path parent = log.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
    }
    return spawnNatively ? spawned() : started();
  }

  private int spawned() throws IOException, InterruptedException {
    int pid;
    try {
      pid = NativeSpawn.start(arguments, directory, log, environment);
    } catch (IOException e) {
      throw cannotRun(e.getMessage(), e);
    }
    ProgramGroups.started(pid);
    boolean waited = false;
    try {
      int status = NativeSpawn.waitFor(pid);
      waited = true;
      return status;
    } finally {
      if (!waited) { // interrupted, or the wait failed: the program and its group must not run on
        ProgramGroups.stop(pid, STOP_GRACE_MILLIS);
      }
      ProgramGroups.ended(pid);
    }
  }

  private int started() throws IOException, InterruptedException {
    ProcessBuilder builder =
        new ProcessBuilder(arguments).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
    if (log != null) {
      builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).redirectErrorStream(true);
    } else {
      builder.redirectOutput(ProcessBuilder.Redirect.INHERIT).redirectError(ProcessBuilder.Redirect.INHERIT);
    }
    if (directory != null) {
      builder.directory(directory.toFile());
    }
    if (!environment.isEmpty()) {
      builder.environment().putAll(environment);
    }
    Process process;
    try {
      process = builder.start();
    } catch (IOException e) {
      // The JDK says 'Cannot run program "x" (in directory "d"): error=2, No such file or
      // directory'; the system's reason alone, so that both launches say the same.
      Matcher reason = JDK_REASON.matcher(String.valueOf(e.getMessage()));
      throw cannotRun(reason.find() ? reason.group(1) : e.getMessage(), e);
    }
    ProgramGroups.started(process);
    boolean waited = false;
    try {
      int status = process.waitFor();
      waited = true;
      return status;
    } finally {
      if (!waited) {
        ProgramGroups.stop(process, STOP_GRACE_MILLIS);
      }
      ProgramGroups.ended(process);
    }
  }

  private IOException cannotRun(String reason, IOException e) {
    if (directory != null) {
      return new IOException(
          "cannot run " + arguments.get(0) + " in " + directory + " (" + reason + "); check that"
              + " the directory exists and that the program is installed and on PATH, or give its"
              + " full path", e);
    }
    return new IOException(
        "cannot run " + arguments.get(0) + " (" + reason + "); check that it is installed"
            + " and on PATH, or give its full path", e);
  }

  @Override
  public String toString() {
    return String.join(" ", arguments);
  }

  /** A program that ended with a status other than 0. */
  public static final class Failed extends IOException {
    private final int status;

    Failed(Command command, int status) {
      super(command.arguments.get(0) + " exited with status " + status
          + (command.log != null ? "; its output is in " + command.log : ""));
      this.status = status;
    }

    /** The program's exit status (128 + the signal's number when a signal ended it). */
    public int status() {
      return status;
    }
  }
}
