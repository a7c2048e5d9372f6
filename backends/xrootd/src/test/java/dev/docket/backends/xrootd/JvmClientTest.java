package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageSettings;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The JVM client's stats and listings against the real server of scripts/xrootd-up.sh give what
 * the xrdfs path gives on the same paths: both clients are asked, one with jvm-client = false.
 */
class JvmClientTest {
  @RegisterExtension static final RequiredService TOOLS = LocalXrootd.tools();
  @RegisterExtension static final RequiredService SERVER = LocalXrootd.server();

  @TempDir Path local;

  private final URI dir = LocalXrootd.BASE.resolve("jvm-" + UUID.randomUUID() + "/");
  private StorageClient jvm;
  private StorageClient tools;

  @BeforeEach
  void open() throws IOException {
    XrootdProvider provider = new XrootdProvider();
    jvm = provider.open(new StorageSettings("jvm", Duration.ofSeconds(30), Map.of()), LocalXrootd.BASE);
    tools = provider.open(new StorageSettings("tools", Duration.ofSeconds(30),
        Map.of(XrootdProvider.JVM_CLIENT, "false")), LocalXrootd.BASE);
  }

  @AfterEach
  void close() throws IOException {
    try {
      tools.deleteTree(dir);
    } finally {
      jvm.close();
      tools.close();
    }
  }

  private void put(String path, String content) throws IOException {
    Path file = Files.writeString(local.resolve("f"), content);
    tools.upload(file, dir.resolve(path));
  }

  private List<RemoteEntry> sameListingBothWays(URI directory) throws IOException {
    List<RemoteEntry> listed = jvm.list(directory);
    assertThat(listed).containsExactlyElementsIn(tools.list(directory));
    return listed;
  }

  @Test
  void listingsOfFilesDirectoriesAndNamesWithSpacesAgree() throws IOException {
    put("a.txt", "abc");
    put("with%20space/b%20c.txt", "x");
    put("with%20space/d%2525.txt", "percent");
    tools.mkdirs(dir.resolve("empty/"));

    List<RemoteEntry> top = sameListingBothWays(dir);
    assertThat(top.stream().map(RemoteEntry::name).toList())
        .containsExactly("a.txt", "with space", "empty");
    assertThat(sameListingBothWays(dir.resolve("with%20space/")).stream().map(RemoteEntry::name).toList())
        .containsExactly("b c.txt", "d%25.txt");
    assertThat(sameListingBothWays(dir.resolve("empty/"))).isEmpty();
  }

  @Test
  void aMissingDirectoryAndAFileListedAsADirectoryAreEmptyBothWays() throws IOException {
    put("plain.txt", "p");
    assertThat(sameListingBothWays(dir.resolve("missing/"))).isEmpty();
    assertThat(sameListingBothWays(dir.resolve("plain.txt/"))).isEmpty();
    assertThat(sameListingBothWays(dir.resolve("plain.txt"))).isEmpty();
  }

  @Test
  void statsAgreeForAFileADirectoryAndNothing() throws IOException {
    put("sub/f.txt", "12345");
    for (String path : List.of("sub/f.txt", "sub/", "sub", "nothing.txt")) {
      assertThat(jvm.stat(dir.resolve(path))).isEqualTo(tools.stat(dir.resolve(path)));
    }
    assertThat(jvm.stat(dir.resolve("sub/f.txt")).get().size()).isEqualTo(5);
    // a path through a file: refused for good both ways
    URI through = dir.resolve("sub/f.txt/below");
    for (StorageClient client : List.of(jvm, tools)) {
      StorageException e = assertThrows(StorageException.class, () -> client.stat(through));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains("not a directory");
    }
  }

  @Test
  void tenThousandEntriesArriveInPartsAndAgree() throws IOException {
    // Made in the server's data directory: 10,000 uploads would take minutes.
    Path data = LocalXrootd.DATA.resolve(LocalXrootd.BASE.getPath().substring(2))
        .resolve(dir.getPath().substring(dir.getPath().lastIndexOf("jvm-")));
    RequiredService.require(Files.isWritable(LocalXrootd.DATA),
        "the server's data directory " + LocalXrootd.DATA + " is not writable here: run the tests"
            + " as the user who ran scripts/xrootd-up.sh (or set XRD_DATA)");
    tools.mkdirs(dir); // owned by the server's user, which must be able to remove the files
    for (int i = 0; i < 10_000; i++) {
      String name = "f" + (100_000 + i + " x.root").substring(1);
      if (i % 100 == 6) {
        Files.writeString(data.resolve(name), "x".repeat(i % 7 + 1)); // a few sizes
      } else {
        Files.createFile(data.resolve(name));
      }
    }
    List<RemoteEntry> listed = sameListingBothWays(dir);
    assertThat(listed).hasSize(10_000);
    Set<String> names = new HashSet<>();
    listed.forEach(e -> names.add(e.name()));
    assertThat(names).contains("f09999 x.root");
    assertThat(listed).contains(new RemoteEntry("f00006 x.root", 7,
        tools.stat(dir.resolve("f00006%20x.root")).get().lastModified(), false));
    // removed where they were made: 20 processes of xrdfs rm would take half a minute
    try (var files = Files.list(data)) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.delete(file);
      }
    }
  }
}
