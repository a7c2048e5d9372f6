package dev.docket.backends.gfal;

import dev.docket.runtime.spi.batch.Commands;
import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Reading outputs and errors that the real tools printed (recorded: see the resources' README). */
class GfalOutputTest {
  private static final long RECORDED = Instant.parse("2026-11-30T08:15:42Z").toEpochMilli();

  static String recorded(String name) throws IOException {
    try (InputStream in = GfalOutputTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aFileStatHasItsSizeAndUtcTime() throws IOException {
    RemoteEntry entry = GfalOutput.stat("hist.root", recorded("stat-file.txt")).orElseThrow();
    assertThat(entry).isEqualTo(new RemoteEntry("hist.root", 6, RECORDED, false));
  }

  @Test
  void aDirectoryStatIsADirectoryOfSizeZero() throws IOException {
    RemoteEntry entry = GfalOutput.stat("sub", recorded("stat-dir.txt")).orElseThrow();
    assertThat(entry).isEqualTo(new RemoteEntry("sub", 0, RECORDED, true));
  }

  @Test
  void httpStatsReadTheSameWay() throws IOException {
    RemoteEntry file = GfalOutput.stat("hist.root", recorded("stat-http-file.txt")).orElseThrow();
    assertThat(file.size()).isEqualTo(6);
    assertThat(file.directory()).isFalse();
    assertThat(file.lastModified()).isEqualTo(Instant.parse("2026-12-01T14:22:50Z").toEpochMilli());
    assertThat(GfalOutput.stat("sub", recorded("stat-http-dir.txt")).orElseThrow().directory()).isTrue();
  }

  @Test
  void aListingKeepsHiddenFilesSpacesAndUploadTemporariesButNotDots() throws IOException {
    List<RemoteEntry> entries = GfalOutput.list(recorded("ls-file.txt"));
    assertThat(entries).containsExactly(
        new RemoteEntry(".hidden", 0, RECORDED, false),
        new RemoteEntry(".hist.root.docket-0123456789ab.tmp", 2, RECORDED, false),
        new RemoteEntry("hist.root", 6, RECORDED, false),
        new RemoteEntry("sub", 0, RECORDED, true),
        new RemoteEntry("with space.txt", 4, RECORDED, false));
  }

  @Test
  void anHttpListingHasFilesAndDirectories() throws IOException {
    assertThat(GfalOutput.list(recorded("ls-http.txt")).stream().map(e -> e.name() + e.directory()).toList())
        .containsExactly("hist.rootfalse", "subtrue");
  }

  @Test
  void theEpochMeansNoTimeAndGarbageIsNoEntry() {
    String epoch = "  Size: 3\tregular file\nModify: 1970-01-01 00:00:00.000000\n";
    assertThat(GfalOutput.stat("f", epoch).orElseThrow().lastModified()).isEqualTo(Target.UNKNOWN_TIME);
    assertThat(GfalOutput.stat("f", "something else")).isEmpty();
    assertThat(GfalOutput.list("total 0\nnot a listing line\n")).isEmpty();
  }

  @Test
  void aLocalUrlIsWrittenAsGfalReadsIt() {
    assertThat(GfalStorage.text(java.nio.file.Path.of("/tmp/a b.txt").toUri())).isEqualTo("file:///tmp/a b.txt");
    assertThat(GfalStorage.text(URI.create("davs://h:8443/a%20b"))).isEqualTo("davs://h:8443/a%20b");
  }

  @Test
  void errorsAreClassifiedByTheirErrno() throws IOException {
    GfalErrors errors = new GfalErrors("grid");
    URI url = URI.create("http://127.0.0.1:18080/dav/x");

    Commands.Result missing = new Commands.Result(2, "", recorded("error-http-404.txt"));
    assertThat(GfalErrors.notFound(missing)).isTrue();

    var refused = errors.of(url, "gfal-stat", new Commands.Result(112, "", recorded("error-refused.txt")));
    assertThat(refused.kind()).isEqualTo(dev.docket.runtime.spi.storage.StorageException.Kind.TRANSIENT);
    assertThat(refused).hasMessageThat().contains("Host is down");
    assertThat(refused).hasMessageThat().startsWith(url.toString());

    URI srm = URI.create("srm://127.0.0.1/x");
    var noPlugin = errors.of(srm, "gfal-stat", new Commands.Result(93, "", recorded("error-no-plugin.txt")));
    assertThat(noPlugin.kind()).isEqualTo(dev.docket.runtime.spi.storage.StorageException.Kind.PERMANENT);
    assertThat(noPlugin).hasMessageThat().contains("apt-get install gfal2-plugin-srm");

    var denied = errors.of(url, "gfal-mkdir", new Commands.Result(13, "", recorded("error-denied.txt")));
    assertThat(denied.kind()).isEqualTo(dev.docket.runtime.spi.storage.StorageException.Kind.PERMANENT);
    assertThat(denied).hasMessageThat().contains("[fs.grid]");
  }
}
