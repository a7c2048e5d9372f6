package dev.docket.runtime.internal.spawn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Stops a program together with what it started, and keeps the running programs in reach of a
 * run that has to end at once.
 *
 * <p>A program started by {@link NativeSpawn} leads a process group of its own: stopping it
 * sends SIGTERM to the whole group, gives the group a grace period, and then sends SIGKILL to
 * whatever is left, so the commands of a {@code sh -c} (or of a {@code make} the task runs) end
 * with it. Ctrl-C at the terminal then no longer reaches these programs directly (the terminal
 * signals its foreground group, the run's): the run's own handling of SIGINT interrupts its
 * tasks, and an interrupted task stops its program's group here; a second Ctrl-C, which ends the
 * run at once, kills every group still running ({@link #killAll}).
 *
 * <p>A program started by the JDK's {@link Process} stays in the run's group (the JDK cannot
 * start it in another): its descendants are collected before it is asked to end (once it has
 * ended they belong to no one) and asked too; one started after that look escapes.
 */
public final class ProgramGroups {
  private static final int SIGKILL = 9;
  private static final int SIGTERM = 15;
  /** How often a stop looks whether the rest of a group has ended. */
  private static final long LOOK_MILLIS = 10;

  /**
   * The groups (their leaders' ids) of the programs running now, each with the signal
   * {@link #forward} sent it (0: none yet).
   */
  private static final Map<Integer, Integer> GROUPS = new ConcurrentHashMap<>();
  /** The programs started through the JDK running now. */
  private static final Set<Process> PROCESSES = ConcurrentHashMap.newKeySet();

  static {
    // Kills what is still running when the JVM exits: a task that timed out is given up at once
    // while its thread still stops the program, and a run that ends meanwhile must not leave the
    // group behind. Registered when this class is first used: by the run's first program, or a
    // signal forwarded.
    try {
      Runtime.getRuntime().addShutdownHook(new Thread(ProgramGroups::killAll, "docket-programs-exit"));
    } catch (IllegalStateException exiting) {
      // First used while the JVM already exits (a worker's first program after System.exit):
      // the hooks have run, and the class must stay usable for the stops that follow.
    }
  }

  private ProgramGroups() {}

  /** {@code pid}, just started by {@link NativeSpawn#start}, runs until {@link #ended(int)}. */
  public static void started(int pid) {
    GROUPS.put(pid, 0);
  }

  /** {@code pid} was waited for (or stopped): no longer one of {@link #killAll}'s. */
  public static void ended(int pid) {
    GROUPS.remove(pid);
  }

  /** {@code process} runs until {@link #ended(Process)}. */
  public static void started(Process process) {
    PROCESSES.add(process);
  }

  /** {@code process} was waited for (or stopped). */
  public static void ended(Process process) {
    PROCESSES.remove(process);
  }

  /**
   * Stops the program {@code pid} started by {@link NativeSpawn} and not yet waited for, and its
   * group: SIGTERM to the group; after the program has ended, the rest of the group has what is
   * left of {@code graceMillis}, then SIGKILL. The program is reaped. An interrupt of the calling
   * thread meanwhile shortens the grace to nothing (and is kept).
   */
  public static void stop(int pid, long graceMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    if (GROUPS.getOrDefault(pid, 0) == 0) { // not already asked with the run's own signal
      NativeSpawn.signalGroup(pid, SIGTERM);
    }
    int status;
    try {
      status = NativeSpawn.waitFor(pid, Thread.currentThread().isInterrupted() ? 0 : graceMillis);
    } catch (java.io.IOException notOurs) {
      // Someone else reaped the leader: once its group is empty the id may lead another's group.
      // Killed only while the leader is still this process's child.
      if (ours(pid)) {
        NativeSpawn.signalGroup(pid, SIGKILL);
      }
      return;
    }
    // Reaped or not, the leader keeps the group's id from reuse while its zombie or one of the
    // group lives; the group is signalled only when a look has just found a member. A leader not
    // reaped yet has used up the grace (the wait gives up only at its end) or the stop was
    // interrupted, so its zombie, which the look counts as a member, is killed with the rest and
    // reaped after.
    while (NativeSpawn.signalGroup(pid, 0)) {
      if (System.nanoTime() >= deadline || !pause()) {
        NativeSpawn.signalGroup(pid, SIGKILL);
        break;
      }
    }
    if (status == -1) {
      NativeSpawn.reap(pid);
    }
  }

  /** Whether {@code pid} is still a child of this process (so its group is still the program's). */
  static boolean ours(int pid) {
    long self = ProcessHandle.current().pid();
    return ProcessHandle.of(pid).flatMap(ProcessHandle::parent).map(p -> p.pid() == self)
        .orElse(false);
  }

  /**
   * Stops {@code process} (started by the JDK) and the descendants it has now: SIGTERM to all,
   * SIGKILL to those still running after {@code graceMillis}. An interrupt of the calling thread
   * meanwhile shortens the grace to nothing (and is kept).
   */
  public static void stop(Process process, long graceMillis) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(graceMillis);
    List<ProcessHandle> all = new ArrayList<>(process.descendants().toList());
    all.add(0, process.toHandle());
    all.forEach(ProcessHandle::destroy);
    while (all.stream().anyMatch(ProcessHandle::isAlive)) {
      if (System.nanoTime() >= deadline || !pause()) {
        all.forEach(ProcessHandle::destroyForcibly);
        break;
      }
    }
  }

  /** Sleeps a moment; false when the thread is interrupted (the interrupt is kept). */
  private static boolean pause() {
    try {
      Thread.sleep(LOOK_MILLIS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    return !Thread.currentThread().isInterrupted();
  }

  /**
   * Sends {@code signal} (the run's own SIGINT, SIGTERM or SIGHUP) to every group running now, as
   * ninja does, so that a program sees the Ctrl-C it would have seen in the run's group (Python's
   * KeyboardInterrupt); a stop of such a group then sends no SIGTERM of its own.
   */
  public static void forward(int signal) {
    for (int pid : GROUPS.keySet()) {
      GROUPS.replace(pid, 0, signal);
      NativeSpawn.signalGroup(pid, signal);
    }
  }

  /**
   * Kills every program still running and its group (or, for the JDK's, its descendants), for a
   * run that ends at once, or a JVM that ends (a shutdown hook: outside the command line no
   * signal handler does it); nothing is waited for. Returns how many programs there were.
   */
  public static int killAll() {
    int killed = 0;
    for (int pid : GROUPS.keySet()) {
      NativeSpawn.signalGroup(pid, SIGKILL);
      killed++;
    }
    for (Process process : PROCESSES) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      killed++;
    }
    return killed;
  }
}
