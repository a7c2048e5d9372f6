package dev.docket.runtime.internal.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * Who writes a temporary file, as its name says: {@code <machine>-<pid>-<start>}, where
 * {@code machine} is 12 hex digits of the boot id and the PID namespace (a machine, a boot, a
 * container) and {@code start} the process's start time, so that a reused PID is not taken for
 * the writer. A later process tells from the name alone whether the writer still lives: when it
 * is on the same machine, by its PID and start; a file of another machine (a store shared over
 * NFS, a node of the cluster) or of an earlier boot cannot be judged that way and is left alone
 * until it is old ({@link #FOREIGN_STALE_MILLIS}).
 */
final class TempOwner {
  /** A temporary file of another machine or boot counts as abandoned after a day untouched. */
  static final long FOREIGN_STALE_MILLIS = 24 * 3600 * 1000L;

  private static volatile TempOwner current;

  final String machine;
  final long pid;
  final long start;

  private TempOwner(String machine, long pid, long start) {
    this.machine = machine;
    this.pid = pid;
    this.start = start;
  }

  /** This process; found once, when it first writes a file (not at start-up). */
  static TempOwner current() {
    TempOwner owner = current;
    if (owner == null) {
      owner = ofThisProcess();
      current = owner;
    }
    return owner;
  }

  /**
   * This process, found afresh: what {@link #current} keeps from its first call (package-private
   * so that a test can check the finding itself, which runs only once in a JVM otherwise).
   */
  static TempOwner ofThisProcess() {
    ProcessHandle self = ProcessHandle.current();
    String identity = identity(Path.of("/proc/sys/kernel/random/boot_id"),
        Path.of("/proc/self/ns/pid"), System.getenv("HOSTNAME"));
    return new TempOwner(machine(identity), self.pid(), startOf(self));
  }

  /** {@code <machine>-<pid>-<start>}, as it appears in temporary names. */
  String token() {
    return machine + "-" + pid + "-" + Long.toString(start, 36);
  }

  /**
   * Whether the writer of a temporary file named {@code name} (after the prefix) is gone, so
   * that the file can go: the writer is on this machine and not alive (or its PID now belongs
   * to a process started at another time); or the file is not this machine's and was not
   * modified for a day.
   */
  boolean abandoned(String name, long modifiedMillis, long nowMillis) {
    String[] parts = name.split("-", 4);
    boolean ours =
        parts.length == 4 && parts[0].equals(machine) && parts[1].matches("[0-9]{1,19}");
    if (!ours) {
      return nowMillis - modifiedMillis > FOREIGN_STALE_MILLIS;
    }
    long writer = Long.parseLong(parts[1]);
    if (writer == pid) {
      return false; // this process's own file is open, or its own writer cleans it up
    }
    Optional<ProcessHandle> process = ProcessHandle.of(writer);
    if (process.isEmpty() || !process.get().isAlive()) {
      return true;
    }
    long started = startOf(process.get());
    return started != 0 && !Long.toString(started, 36).equals(parts[2]);
  }

  private static long startOf(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }

  /**
   * What differs between machines, boots and PID namespaces: the boot id and the PID
   * namespace's link; without them (not Linux), the host name {@code host}, or
   * {@code unknown-host}.
   */
  static String identity(Path bootId, Path pidNamespace, String host) {
    try {
      return Files.readString(bootId).strip() + Files.readSymbolicLink(pidNamespace);
    } catch (Exception | LinkageError e) {
      return host == null ? "unknown-host" : host;
    }
  }

  /** 12 hex digits of {@code identity}: 48 bits of its 64-bit FNV-1a hash. */
  static String machine(String identity) {
    long hash = 0xcbf29ce484222325L;
    for (int i = 0; i < identity.length(); i++) {
      hash = (hash ^ identity.charAt(i)) * 0x100000001b3L;
    }
    return Long.toHexString((hash & 0xffffffffffffL) | 0x1000000000000L).substring(1);
  }
}
