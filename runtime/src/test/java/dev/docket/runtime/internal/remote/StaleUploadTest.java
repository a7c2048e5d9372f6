package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Listings hide upload temporaries and remove those a dead task left more than a day ago. */
class StaleUploadTest {
  @TempDir Path store;
  @TempDir Path base;

  @Test
  public void aListingRemovesOnlyTemporariesUnwrittenForADay() throws IOException {
    Path dir = Files.createDirectories(base.resolve("skim"));
    Files.writeString(dir.resolve("a.txt"), "a");
    Path stale = Files.writeString(dir.resolve(".b.txt.docket-0123456789ab.tmp"), "half");
    Path live = Files.writeString(dir.resolve(".c.txt.docket-ba9876543210.tmp"), "in progress");
    Path oldOutput = Files.writeString(dir.resolve("old.txt"), "kept, whatever its age");
    FileTime twoDaysAgo = FileTime.from(Instant.now().minus(RemoteFs.STALE_UPLOAD.multipliedBy(2)));
    Files.setLastModifiedTime(stale, twoDaysAgo);
    Files.setLastModifiedTime(oldOutput, twoDaysAgo);
    Files.setLastModifiedTime(live, FileTime.from(Instant.now().minus(RemoteFs.STALE_UPLOAD.minusHours(1))));

    try (RemoteStorage storage = TestRemote.install(store, "out", base)) {
      RemoteFs fs = storage.fs("out");
      assertThat(fs.list("skim").stream().map(RemoteEntry::name).toList())
          .containsExactly("a.txt", "old.txt");
      assertThat(fs.counts().staleRemoved()).isEqualTo(1);
    }
    assertThat(Files.exists(stale)).isFalse();
    assertThat(Files.exists(live)).isTrue();
    assertThat(Files.exists(oldOutput)).isTrue();
  }
}
