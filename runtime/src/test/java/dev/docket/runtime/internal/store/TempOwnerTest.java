package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Who wrote a temporary file, read back from its name: this process, another live or dead
 * process of this machine, or another machine (judged by age only).
 */
class TempOwnerTest {
  private static final long NOW = 1_800_000_000_000L;
  private static final long DAY = TempOwner.FOREIGN_STALE_MILLIS;

  private final TempOwner self = TempOwner.current();

  @Test
  void theOwnerIsFoundOnceAndNamesThisProcess() {
    assertThat(TempOwner.current()).isSameInstanceAs(self);
    // Found afresh (current() kept the first finding, made before PIT's mutants ran).
    TempOwner fresh = TempOwner.ofThisProcess();
    assertThat(fresh).isNotSameInstanceAs(self);
    assertThat(fresh.pid).isEqualTo(ProcessHandle.current().pid());
    long start =
        ProcessHandle.current().info().startInstant().map(Instant::toEpochMilli).orElse(0L);
    assertThat(fresh.start).isEqualTo(start);
    assertThat(fresh.token())
        .isEqualTo(fresh.machine + "-" + fresh.pid + "-" + Long.toString(start, 36));
    assertThat(self.token()).isEqualTo(fresh.token());
  }

  /** FNV-1a (64 bits) of the boot id and the PID namespace, 48 bits of it as 12 hex digits. */
  @Test
  void theMachineIsTwelveHexDigitsOfTheBootAndPidNamespace() throws IOException {
    Path bootId = Path.of("/proc/sys/kernel/random/boot_id");
    org.junit.jupiter.api.Assumptions.assumeTrue(Files.isReadable(bootId), "no /proc here");
    String identity = Files.readString(bootId).strip()
        + Files.readSymbolicLink(Path.of("/proc/self/ns/pid"));
    assertThat(TempOwner.ofThisProcess().machine).isEqualTo(TempOwner.machine(identity));
    assertThat(self.machine).isEqualTo(TempOwner.machine(identity));
  }

  /** The published FNV-1a 64-bit values of "", "a" and "foobar", their low 48 bits. */
  @Test
  void theMachineIsFnv1aOfTheIdentityKeptToTwelveDigits() {
    assertThat(TempOwner.machine("")).isEqualTo("9ce484222325"); // cbf29ce484222325
    assertThat(TempOwner.machine("a")).isEqualTo("dc4c8601ec8c"); // af63dc4c8601ec8c
    assertThat(TempOwner.machine("foobar")).isEqualTo("4171f73967e8"); // 85944171f73967e8
    // Leading zeros are kept: always twelve digits.
    assertThat(TempOwner.machine("host-33")).isEqualTo("00ae4c1ce114");
  }

  @Test
  void theIdentityIsTheBootIdAndPidNamespaceOrElseTheHostName(@TempDir Path dir)
      throws IOException {
    Path bootId = Files.writeString(dir.resolve("boot_id"), "  4f1c-boot \n");
    Path pidNs = Files.createSymbolicLink(dir.resolve("pid"), Path.of("pid:[4026531836]"));
    assertThat(TempOwner.identity(bootId, pidNs, "node7")).isEqualTo("4f1c-bootpid:[4026531836]");
    // Without /proc (another system): the host name, or a fixed word without one.
    Path missing = dir.resolve("missing");
    assertThat(TempOwner.identity(missing, pidNs, "node7")).isEqualTo("node7");
    assertThat(TempOwner.identity(bootId, missing, "node7")).isEqualTo("node7");
    assertThat(TempOwner.identity(missing, missing, null)).isEqualTo("unknown-host");
  }

  @Test
  void anotherMachinesFileIsAbandonedOnlyAfterADayUntouched() {
    String foreign = other(self.machine) + "-1-0-1-a.txt";
    assertThat(self.abandoned(foreign, NOW - DAY, NOW)).isFalse();
    assertThat(self.abandoned(foreign, NOW - DAY - 1, NOW)).isTrue();
    assertThat(self.abandoned(foreign, NOW, NOW)).isFalse();
  }

  @Test
  void aNameThatDoesNotSayWhoWroteItIsJudgedByAgeOnly() {
    // Too few parts, or a PID that is no number: the writer cannot be asked.
    for (String name :
        new String[] {self.machine + "-out.txt", self.machine + "-x" + self.pid + "-0-1-a.txt",
            self.machine + "--0-1-a.txt", self.machine + "-12345678901234567890-0-1-a.txt"}) {
      assertThat(self.abandoned(name, NOW, NOW)).isFalse();
      assertThat(self.abandoned(name, NOW - DAY - 1, NOW)).isTrue();
    }
  }

  @Test
  void thisProcesssOwnFileIsNeverAbandonedWhateverItsAgeOrStart() {
    String mine = self.machine + "-" + self.pid + "-0-1-a.txt";
    assertThat(self.abandoned(mine, 0, NOW)).isFalse();
    assertThat(self.abandoned(self.token() + "-1-a.txt", 0, NOW)).isFalse();
  }

  @Test
  void aFileOfThisMachineIsAbandonedWhenItsWriterIsGoneOrItsPidWasReused() throws Exception {
    Process ended = new ProcessBuilder("true").start();
    assertThat(ended.waitFor(30, TimeUnit.SECONDS)).isTrue();
    Process alive = new ProcessBuilder("sleep", "120").start();
    try {
      long aliveStart = alive.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
      assertThat(aliveStart).isNotEqualTo(0L);
      String started = Long.toString(aliveStart, 36);
      long recent = System.currentTimeMillis();
      assertThat(self.abandoned(self.machine + "-" + ended.pid() + "-0-1-a.txt", recent, recent))
          .isTrue();
      // Three parts only: not a name this machine's writers give, so judged by age.
      assertThat(self.abandoned(self.machine + "-" + ended.pid() + "-a.txt", recent, recent))
          .isFalse();
      assertThat(self.abandoned(
              self.machine + "-" + alive.pid() + "-" + started + "-1-b.txt", 0, recent))
          .isFalse();
      assertThat(self.abandoned(
              self.machine + "-" + alive.pid() + "-" + Long.toString(aliveStart - 5000, 36)
                  + "-1-c.txt", recent, recent))
          .isTrue();
    } finally {
      alive.destroyForcibly();
    }
  }

  /** A machine token that is not {@code machine}. */
  private static String other(String machine) {
    return machine.equals("0123456789ab") ? "ba9876543210" : "0123456789ab";
  }
}
