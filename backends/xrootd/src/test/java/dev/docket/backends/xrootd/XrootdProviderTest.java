package dev.docket.backends.xrootd;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class XrootdProviderTest {
  @TempDir Path empty;

  private static DocketConfig config() {
    Map<String, Map<String, String>> sections =
        Map.of("fs.eos", Map.of("base", "root://eos.example.org//eos/user/a/"));
    return new DocketConfig(Optional.of(Path.of("/ana/docket.cfg")), Path.of("/ana/store"),
        OptionalInt.empty(), sections, Map.of(),
        new DocketConfig.Lines(Map.of("fs.eos", 6), Map.of("fs.eos", Map.of("base", 7))));
  }

  @Test
  void isFoundThroughTheServiceLoaderForRootUrls() {
    StorageProvider found = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.schemes().contains("root"))
        .findFirst()
        .orElseThrow();
    assertThat(found.name()).isEqualTo("xrootd");
    assertThat(found.schemes()).containsExactly("root", "xroot", "roots");
    assertThat(found.options()).containsExactly("jvm-client");
  }

  @Test
  void checkRefusesASectionWhenTheToolsAreMissingNamingItsLineAndTheFix() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> new XrootdProvider(empty.toString()).check(config(), "fs.eos"));
    assertThat(e).hasMessageThat().startsWith(
        "/ana/docket.cfg, line 7: [fs.eos] is on XRootD, but xrdfs or xrdcp is not on the PATH;"
            + " install the XRootD client tools");
    assertThat(e).hasMessageThat().contains("apt-get install xrootd-client");
  }

  @Test
  void checkPassesWhereBothToolsAreOnThePath() throws Exception {
    Path bin = empty.resolve("bin");
    java.nio.file.Files.createDirectories(bin);
    for (String tool : new String[] {"xrdfs", "xrdcp"}) {
      Path file = java.nio.file.Files.writeString(bin.resolve(tool), "#!/bin/sh\n");
      assertThat(file.toFile().setExecutable(true)).isTrue();
    }
    new XrootdProvider(empty + java.io.File.pathSeparator + bin).check(config(), "fs.eos");
  }

  @Test
  void checkRefusesAJvmClientValueThatIsNoBooleanNamingItsLine() throws Exception {
    Path bin = empty.resolve("bin");
    java.nio.file.Files.createDirectories(bin);
    for (String tool : new String[] {"xrdfs", "xrdcp"}) {
      Path file = java.nio.file.Files.writeString(bin.resolve(tool), "#!/bin/sh\n");
      assertThat(file.toFile().setExecutable(true)).isTrue();
    }
    Map<String, Map<String, String>> sections = Map.of("fs.eos",
        Map.of("base", "root://eos.example.org//eos/user/a/", "jvm-client", "sometimes"));
    DocketConfig config = new DocketConfig(Optional.of(Path.of("/ana/docket.cfg")), Path.of("/ana/store"),
        OptionalInt.empty(), sections, Map.of(),
        new DocketConfig.Lines(Map.of("fs.eos", 6), Map.of("fs.eos", Map.of("base", 7, "jvm-client", 8))));
    XrootdProvider provider = new XrootdProvider(bin.toString());
    BadInputException e = assertThrows(BadInputException.class, () -> provider.check(config, "fs.eos"));
    assertThat(e).hasMessageThat().isEqualTo("bad value 'sometimes' for [fs.eos] jvm-client in"
        + " /ana/docket.cfg, line 8: expected true (stats and listings in the JVM where the server"
        + " lets us) or false (always through xrdfs)");
    Map<String, Map<String, String>> off = Map.of("fs.eos",
        Map.of("base", "root://eos.example.org//eos/user/a/", "jvm-client", " False "));
    provider.check(new DocketConfig(Optional.empty(), Path.of("/ana/store"), OptionalInt.empty(), off), "fs.eos");
  }

  @Test
  void openingWithoutTheToolsIsAPermanentFaultWithTheSameAdvice() {
    URI base = URI.create("root://eos.example.org//eos/user/a/");
    StorageException e = assertThrows(StorageException.class, () -> new XrootdProvider(empty.toString())
        .open(new StorageSettings("eos", Duration.ofSeconds(5), Map.of()), base));
    assertThat(e.kind()).isEqualTo(Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("apt-get install xrootd-client");
  }
}
