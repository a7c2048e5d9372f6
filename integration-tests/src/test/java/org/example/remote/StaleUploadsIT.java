package org.example.remote;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.RemoteFileTarget;
import dev.docket.runtime.internal.remote.RemoteFs;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.testkit.RequiredService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The upload temporaries a killed task leaves, against the real XRootD server of {@code
 * scripts/xrootd-up.sh}: a listing hides them all and removes, through the server, those whose
 * server time is more than a day old; an upload still within the day and an old output stay.
 * The server's times are set on its disk (no protocol lets a client backdate a file), so the
 * test needs the server's data directory ({@code XRD_DATA}, as the script has it).
 */
// The test's own RemoteFileTarget checks go through the JVM's one installed [fs.out]: no two
// such classes at a time (integration tests run two classes side by side).
@ResourceLock("remote-storage")
class StaleUploadsIT {
  private static final int PORT = Integer.parseInt(System.getenv().getOrDefault("XRD_PORT", "1094"));
  private static final Path DATA = Path.of(System.getenv().getOrDefault("XRD_DATA",
      System.getenv().getOrDefault("XRD_HOME", "/tmp/docket-xrootd") + "/data"));

  @TempDir Path store;

  @Test
  void aListingOnTheServerRemovesOnlyTemporariesUnwrittenForADay() throws Exception {
    RequiredService.require(RequiredService.accepts(PORT) && Files.isDirectory(DATA),
        "no XRootD server on 127.0.0.1:" + PORT + " serving " + DATA
            + ": start one with scripts/xrootd-up.sh (as root)");
    RequiredService.require(Files.isWritable(DATA), DATA + " is not writable by this user, who"
        + " must backdate files there: run the test as the user who ran scripts/xrootd-up.sh");
    String dir = "docket-stale-" + UUID.randomUUID().toString().substring(0, 8);
    Map<String, String> section = Map.of("base", "root://localhost:" + PORT + "//" + dir + "/");
    try (RemoteStorage storage = RemoteStorage.install(RemoteStorage.of(new DocketConfig(
        Optional.empty(), store, OptionalInt.empty(), Map.of("fs.out", section))))) {
      String stale = ".b.txt.docket-0123456789ab.tmp";
      String live = ".c.txt.docket-ba9876543210.tmp";
      for (String name : new String[] {"a.txt", "old.txt", stale, live}) {
        RemoteFileTarget.of("out", "skim", name).writeString(name + "\n");
      }
      Path onDisk = DATA.resolve(dir).resolve("skim");
      Instant now = Instant.now();
      backdate(onDisk.resolve(stale), now.minus(Duration.ofDays(2)));
      backdate(onDisk.resolve("old.txt"), now.minus(Duration.ofDays(2)));
      backdate(onDisk.resolve(live), now.minus(Duration.ofHours(23)));

      RemoteFs fs = storage.fs("out");
      assertThat(fs.list("skim").stream().map(RemoteEntry::name).toList())
          .containsExactly("a.txt", "old.txt");
      assertThat(fs.counts().staleRemoved()).isEqualTo(1);
      // Removed on the server, asked through the protocol; the others are still there.
      assertThat(fs.stat("skim/" + stale)).isEmpty();
      assertThat(fs.stat("skim/" + live)).isPresent();
      assertThat(RemoteFileTarget.of("out", "skim", "old.txt").readString()).isEqualTo("old.txt\n");
      // A second listing has nothing left to remove.
      fs.list("skim");
      assertThat(fs.counts().staleRemoved()).isEqualTo(1);
      fs.deleteTree("skim");
    }
  }

  private static void backdate(Path file, Instant when) throws Exception {
    Files.setLastModifiedTime(file, FileTime.from(when));
  }
}
