package dev.docket.backends.gfal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Registration and the checks of a section, before anything runs. */
class GfalProviderTest {
  @RegisterExtension static final RequiredService GFAL = GfalTools.required();

  @TempDir Path dir;

  private DocketConfig config(Map<String, String> options) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    int line = 2;
    for (String key : options.keySet()) {
      lines.put(key, line++);
    }
    return new DocketConfig(Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(),
        Map.of("fs.grid", options), Map.of(),
        new DocketConfig.Lines(Map.of("fs.grid", 1), Map.of("fs.grid", lines)));
  }

  @Test
  void isFoundThroughServiceLoaderForTheGridSchemes() {
    StorageProvider gfal = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("gfal"))
        .findFirst()
        .orElseThrow();
    assertThat(gfal.schemes()).containsAtLeast("srm", "gsiftp");
    assertThat(gfal.options()).containsExactly("definitions", "proxy");
  }

  @Test
  void aSectionWithDefinitionsPasses() {
    new GfalProvider().check(config(Map.of("definitions", "S3:REGION=us-east-1; HTTP PLUGIN:INSECURE=true")),
        "fs.grid");
    assertThat(GfalProvider.definitions(" S3:REGION=us-east-1; ;HTTP PLUGIN:INSECURE=true "))
        .containsExactly("S3:REGION=us-east-1", "HTTP PLUGIN:INSECURE=true").inOrder();
  }

  @Test
  void aToolIsMissingUnlessADirectoryOfThePathHoldsIt() throws IOException {
    Path bin = Files.createDirectory(dir.resolve("bin"));
    Path stat = Files.createFile(bin.resolve("gfal-stat"),
        PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwxr-xr-x")));
    assertThat(GfalProvider.missingTools(bin.toString())).doesNotContain("gfal-stat");
    assertThat(GfalProvider.missingTools(bin.toString())).contains("gfal-copy");
    assertThat(GfalProvider.missingTools(stat.getParent() + ":" + System.getenv("PATH"))).isEmpty();
  }

  @Test
  void aMalformedDefinitionIsRefusedWithItsLine() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> new GfalProvider().check(config(Map.of("definitions", "REGION")), "fs.grid"));
    assertThat(e).hasMessageThat().contains("[fs.grid] definitions");
    assertThat(e).hasMessageThat().contains("docket.cfg, line 2");
    assertThat(e).hasMessageThat().contains("GROUP:KEY=VALUE");
  }

  @Test
  void anUnreadableProxyIsRefused() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> new GfalProvider().check(config(Map.of("proxy", dir.resolve("x509up").toString())), "fs.grid"));
    assertThat(e).hasMessageThat().contains("voms-proxy-init");
  }
}
