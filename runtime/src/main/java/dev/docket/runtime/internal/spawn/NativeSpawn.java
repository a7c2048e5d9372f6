package dev.docket.runtime.internal.spawn;

import com.sun.jna.Memory;
import com.sun.jna.Native;
import com.sun.jna.NativeLibrary;
import com.sun.jna.Platform;
import com.sun.jna.Pointer;
import com.sun.jna.StringArray;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Starts a program with glibc's {@code posix_spawnp} and waits for it on the calling thread, as
 * make does. The JDK's {@code Process} costs more per program: its child lists
 * {@code /proc/self/fd} to close every descriptor one by one (the kernel makes, then drops, an
 * entry per open descriptor, jars included), it reads {@code /proc/<pid>/stat}, and a reaper
 * thread waits for the program and then wakes the waiting thread, two thread hand-offs per
 * program. Here the child closes its descriptors with one {@code close_range}, and the thread
 * that started the program is the one the kernel wakes when it ends (docs/performance.md,
 * "Session 7: tasks that start a process").
 *
 * <p>Linux on x86-64 or AArch64 with glibc 2.34 or later only ({@link #available}); elsewhere,
 * or if the native library cannot be loaded, callers use {@code ProcessBuilder}.
 */
public final class NativeSpawn {
  private static final int O_RDONLY = 0;
  private static final int O_WRONLY_CREAT_APPEND = 01 | 0100 | 02000;
  private static final int POLLIN = 1;
  private static final int WNOHANG = 1;
  private static final int EINTR = 4;
  private static final int ESRCH = 3;
  /** POSIX_SPAWN_SETPGROUP, POSIX_SPAWN_SETSIGDEF and POSIX_SPAWN_SETSIGMASK. */
  private static final short SPAWN_FLAGS = 0x02 | 0x04 | 0x08;
  /** SIGINT (2), SIGPIPE (13) and SIGTERM (15) in a sigset_t's first word (bit n - 1). */
  private static final long DEFAULT_SIGNALS = 1L << 1 | 1L << 12 | 1L << 14;
  /** SIGTTIN and SIGTTOU, which stop a background job that reads (or, with tostop, writes) the terminal. */
  private static final int[] TERMINAL_STOPS = {21, 22};
  private static final long SYS_PIDFD_OPEN = 434; // the same number on x86-64 and AArch64
  /** How often a wait looks at its thread's interrupt flag (a long program's only cost). */
  private static final int POLL_MILLIS = 100;

  private NativeSpawn() {}

  /**
   * Binding's state for {@link #ready}: not asked yet, loading, ready, unavailable. Not private:
   * tests put it back to "not asked yet", as a run's first program finds it.
   */
  static final AtomicInteger STATE = new AtomicInteger();

  /** Whether programs can be started this way here; decided once, loading JNA if needed. */
  public static boolean available() {
    return Binding.LOADED;
  }

  /**
   * Whether programs can be started this way now, without waiting. JNA's first use costs about
   * 0.1 s of CPU (some 480 classes and its native library), so the first call starts loading it
   * on a thread of its own and answers {@code false} until it is loaded: the first programs of
   * a run start through the JDK meanwhile, instead of a worker waiting.
   */
  public static boolean ready() {
    int now = STATE.get();
    if (now == 0 && STATE.compareAndSet(0, 1)) {
      Thread loader = new Thread(() -> STATE.set(available() ? 2 : 3), "docket-spawn-setup");
      loader.setDaemon(true);
      loader.start();
      return false;
    }
    return now == 2;
  }

  /**
   * Starts {@code arguments} (the program looked up on {@code PATH} as {@code ProcessBuilder}
   * does) as the leader of a new process group (its group's id is its process id) with
   * {@code /dev/null} as standard input, the output appended to {@code log} or, when it is
   * {@code null}, the caller's own, in {@code directory} (or this process's), with
   * {@code environment} added to this process's. Returns the program's process id.
   *
   * @throws IOException when it cannot be started; the message is the system's reason (after the
   *     name of glibc's set-up call when one of those failed)
   */
  public static int start(
      List<String> arguments, Path directory, Path log, Map<String, String> environment)
      throws IOException {
    return start(Answers.GLIBCS, arguments, directory, log, environment);
  }

  /**
   * The answers (0, or an error number) of glibc's calls that start a program, as
   * {@link NativeSpawn#start} sees them: glibc's own ({@link #GLIBCS}), or in a test, another for
   * one of them. glibc's set-up calls fail only without memory (or for a bad descriptor or flag,
   * and ours are constants), which no test can bring about on a working machine.
   */
  @FunctionalInterface
  interface Answers {
    Answers GLIBCS = (call, answer) -> answer;

    /** What {@code call}, which answered {@code answer}, is taken to have answered. */
    int of(String call, int answer);
  }

  /** {@link #start(List, Path, Path, Map)}, with glibc's answers seen through {@code answers}. */
  static int start(Answers answers, List<String> arguments, Path directory, Path log,
      Map<String, String> environment) throws IOException {
    try (Memory actions = new Memory(256);
        Memory attributes = new Memory(512);
        Memory signals = new Memory(128);
        StringArray argv = new StringArray(arguments.toArray(new String[0]))) {
      check(answers, "posix_spawn_file_actions_init",
          Binding.posix_spawn_file_actions_init(actions));
      try {
        check(answers, "posix_spawnattr_init", Binding.posix_spawnattr_init(attributes));
        try {
          return start(answers, arguments, directory, log, environment, actions, attributes,
              signals, argv);
        } finally { // the destroys' answers are seen too, so that a test sees them released
          answers.of("posix_spawnattr_destroy", Binding.posix_spawnattr_destroy(attributes));
        }
      } finally {
        answers.of("posix_spawn_file_actions_destroy",
            Binding.posix_spawn_file_actions_destroy(actions));
      }
    }
  }

  private static int start(Answers answers, List<String> arguments, Path directory, Path log,
      Map<String, String> environment, Pointer actions, Pointer attributes, Memory signals,
      StringArray argv) throws IOException {
    // The child inherits the calling thread's signal mask and the signals the JVM ignores (a JVM
    // started in the background ignores SIGINT): it starts with none blocked, and SIGINT, SIGTERM
    // and SIGPIPE at their defaults, so that stopping it works and a closed pipe ends it.
    // The program leads a process group of its own, so that stopping it stops what it started
    // too (the commands of a `sh -c`), as a process id alone would not.
    check(answers, "posix_spawnattr_setflags",
        Binding.posix_spawnattr_setflags(attributes, SPAWN_FLAGS));
    check(answers, "posix_spawnattr_setpgroup", Binding.posix_spawnattr_setpgroup(attributes, 0));
    signals.clear();
    check(answers, "posix_spawnattr_setsigmask",
        Binding.posix_spawnattr_setsigmask(attributes, signals));
    signals.setLong(0, DEFAULT_SIGNALS);
    check(answers, "posix_spawnattr_setsigdefault",
        Binding.posix_spawnattr_setsigdefault(attributes, signals));
    check(answers, "posix_spawn_file_actions_addopen",
        Binding.posix_spawn_file_actions_addopen(actions, 0, "/dev/null", O_RDONLY, 0));
    if (log != null) {
      check(answers, "posix_spawn_file_actions_addopen", Binding.posix_spawn_file_actions_addopen(
          actions, 1, log.toString(), O_WRONLY_CREAT_APPEND, 0666));
      check(answers, "posix_spawn_file_actions_adddup2",
          Binding.posix_spawn_file_actions_adddup2(actions, 1, 2));
    }
    if (directory != null) {
      check(answers, "posix_spawn_file_actions_addchdir_np",
          Binding.posix_spawn_file_actions_addchdir_np(actions, directory.toString()));
    }
    check(answers, "posix_spawn_file_actions_addclosefrom_np",
        Binding.posix_spawn_file_actions_addclosefrom_np(actions, 3));
    int[] pid = new int[1];
    int error;
    if (environment.isEmpty()) {
      error = Binding.posix_spawnp(pid, arguments.get(0), actions, attributes, argv, Binding.environ());
    } else {
      try (StringArray envp = new StringArray(merged(environment))) {
        error = Binding.posix_spawnp(pid, arguments.get(0), actions, attributes, argv, envp);
      }
    }
    error = answers.of("posix_spawnp", error);
    if (error != 0) {
      throw new IOException(Binding.strerror(error));
    }
    return pid[0];
  }

  /**
   * Waits for {@code pid} to end and returns its exit status (128 + the signal's number when a
   * signal ended it), as {@code Process.waitFor} does.
   *
   * @throws InterruptedException when this thread is interrupted first; the program still runs
   *     and must be stopped and waited for
   */
  public static int waitFor(int pid) throws IOException, InterruptedException {
    int status = await(pid, -1, true);
    return status;
  }

  /** Waits at most {@code millis} for {@code pid} to end, ignoring interrupts: its status, or -1. */
  public static int waitFor(int pid, long millis) throws IOException {
    try {
      return await(pid, millis, false);
    } catch (InterruptedException cannotHappen) {
      throw new AssertionError(cannotHappen);
    }
  }

  /**
   * The kernel wakes this thread when the program ends (its pidfd becomes readable); the poll
   * wakes after 1 ms at first and twice as long each time up to {@link #POLL_MILLIS}, to look at
   * the interrupt flag or the deadline. Without a pidfd (no descriptor left: EMFILE) the poll
   * only sleeps (it ignores a descriptor of -1): slower to notice the end, but the program is
   * still waited for and reaped, after a millisecond or two when it ends at once.
   */
  private static int await(int pid, long millis, boolean interruptible)
      throws IOException, InterruptedException {
    return await(pid, (int) Binding.syscall(SYS_PIDFD_OPEN, pid, 0), millis, interruptible);
  }

  /** {@link #await(int, long, boolean)} with {@code pidfd} (-1: none), which it closes. */
  static int await(int pid, int pidfd, long millis, boolean interruptible)
      throws IOException, InterruptedException {
    long deadline = millis < 0 ? Long.MAX_VALUE : System.nanoTime() + millis * 1_000_000;
    try {
      // struct pollfd {int fd; short events; short revents}, little-endian on both architectures.
      long[] pollfd = {(pidfd & 0xffffffffL) | ((long) POLLIN << 32)};
      int[] status = new int[1];
      int nap = 1;
      while (true) {
        if (interruptible && Thread.interrupted()) {
          throw new InterruptedException();
        }
        long left = (deadline - System.nanoTime()) / 1_000_000;
        Binding.poll(pollfd, 1, (int) Math.max(0, Math.min(nap, left)));
        nap = Math.min(POLL_MILLIS, nap * 2);
        int reaped = Binding.waitpid(pid, status, WNOHANG);
        if (reaped == pid) {
          return decode(status[0]);
        }
        if (reaped < 0 && Native.getLastError() != EINTR) {
          throw failure("wait for process " + pid);
        }
        if (left <= 0) {
          return -1;
        }
      }
    } finally {
      if (pidfd != -1) {
        Binding.close(pidfd);
      }
    }
  }

  /**
   * Waits for {@code pid} without a deadline, not looking at interrupts: for a program that was
   * just killed. Returns its status, or -1 when it cannot be waited for (not this process's child).
   */
  public static int reap(int pid) {
    int[] status = new int[1];
    int reaped;
    do {
      reaped = Binding.waitpid(pid, status, 0);
    } while (reaped == -1 && Native.getLastError() == EINTR);
    return reaped == pid ? decode(status[0]) : -1;
  }

  /** Sends {@code signal} (15 asks to end, 9 kills) to {@code pid}, a program's. */
  public static void signal(int pid, int signal) {
    if (pid <= 1) { // 0 is this process's own group, -1 every process it may signal
      throw new IllegalArgumentException("not a program: " + pid);
    }
    Binding.kill(pid, signal);
  }

  /**
   * Sends {@code signal} to every process of the group that {@code pid} leads (0 only asks
   * whether one is left); whether there was one. The group's id cannot be taken by a new process
   * while one of its members lives, the leader's zombie included.
   */
  public static boolean signalGroup(int pid, int signal) {
    if (pid <= 1) { // -0 is this process's own group, -1 every process it may signal
      throw new IllegalArgumentException("not a program's group: " + pid);
    }
    return Binding.kill(-pid, signal) == 0 || Native.getLastError() != ESRCH;
  }

  /** This process's environment with {@code more} added, as {@code name=value} strings. */
  private static String[] merged(Map<String, String> more) {
    Map<String, String> all = new java.util.LinkedHashMap<>(System.getenv());
    all.putAll(more);
    return all.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toArray(String[]::new);
  }

  static int decode(int status) {
    int signal = status & 0x7f;
    return signal == 0 ? (status >> 8) & 0xff : 128 + signal;
  }

  /** glibc's functions, bound once on first use; {@link #LOADED} says whether that worked. */
  private static final class Binding {
    static final boolean LOADED = load();
    private static Pointer environ;

    private static boolean load() {
      if (Boolean.getBoolean("docket.spawn.jdk")
          || !Platform.isLinux()
          || !(Platform.ARCH.equals("x86-64") || Platform.ARCH.equals("aarch64"))) {
        return false;
      }
      try {
        DispatchLibrary.useCached(Platform.RESOURCE_PREFIX);
        NativeLibrary c = NativeLibrary.getInstance("c");
        Native.register(Binding.class, c);
        environ = c.getGlobalVariableAddress("environ");
        // A program leads a group of its own, a background job to the terminal: reading it (a
        // password prompt on /dev/tty) would stop the program with SIGTTIN and the run would hang
        // without a word. Ignored here, the dispositions are inherited through posix_spawnp (they
        // are not in SETSIGDEF), and the read fails with EIO instead.
        for (int signal : TERMINAL_STOPS) {
          signal(signal, Pointer.createConstant(1)); // SIG_IGN
        }
        int own = (int) syscall(SYS_PIDFD_OPEN, (int) ProcessHandle.current().pid(), 0);
        if (own < 0) {
          return false; // a kernel before 5.3
        }
        close(own);
        return true;
      } catch (LinkageError | RuntimeException e) {
        return false; // no JNA for this platform, or a C library without these functions (musl, glibc < 2.34)
      }
    }

    static Pointer environ() {
      return environ.getPointer(0);
    }

    static native String strerror(int error);

    static native int posix_spawnattr_init(Pointer attributes);

    static native int posix_spawnattr_destroy(Pointer attributes);

    static native int posix_spawnattr_setflags(Pointer attributes, short flags);

    static native int posix_spawnattr_setpgroup(Pointer attributes, int group);

    static native int posix_spawnattr_setsigmask(Pointer attributes, Pointer signals);

    static native int posix_spawnattr_setsigdefault(Pointer attributes, Pointer signals);

    static native int posix_spawn_file_actions_init(Pointer actions);

    static native int posix_spawn_file_actions_destroy(Pointer actions);

    static native int posix_spawn_file_actions_addopen(
        Pointer actions, int fd, String path, int flags, int mode);

    static native int posix_spawn_file_actions_adddup2(Pointer actions, int fd, int newFd);

    static native int posix_spawn_file_actions_addchdir_np(Pointer actions, String path);

    static native int posix_spawn_file_actions_addclosefrom_np(Pointer actions, int from);

    static native int posix_spawnp(
        int[] pid, String file, Pointer actions, Pointer attributes, Pointer argv, Pointer envp);

    static native int waitpid(int pid, int[] status, int options);

    static native int poll(long[] fds, int count, int millis);

    static native long syscall(long number, int pid, int flags);

    static native int kill(int pid, int signal);

    static native Pointer signal(int signal, Pointer handler);

    static native int close(int fd);
  }

  /** Fails with {@code call}'s name and the system's reason unless it answered 0. */
  private static void check(Answers answers, String call, int answer) throws IOException {
    int error = answers.of(call, answer);
    if (error != 0) {
      throw new IOException(call + ": " + Binding.strerror(error));
    }
  }

  private static IOException failure(String what) {
    return new IOException("cannot " + what + ": " + Binding.strerror(Native.getLastError()));
  }
}
