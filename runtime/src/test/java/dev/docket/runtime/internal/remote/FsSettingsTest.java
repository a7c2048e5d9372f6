package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.config.ConfigCheck;
import dev.docket.runtime.spi.config.DocketConfig;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code [fs.<name>]} is read and checked before anything runs; each bad value is named. */
class FsSettingsTest {
  @TempDir Path store;

  private DocketConfig config(String... keys) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i += 2) {
      section.put(keys[i], keys[i + 1]);
    }
    return TestRemote.config(store, Map.of("fs.out", section));
  }

  private FsSettings read(String... keys) {
    return FsSettings.read(config(keys), "fs.out", StorageProviders.load());
  }

  private String refused(String... keys) {
    BadInputException e = assertThrows(BadInputException.class,
        () -> ConfigCheck.check(config(keys), List.of()));
    assertThat(e.getMessage()).doesNotContain("\n");
    return e.getMessage();
  }

  @Test
  void defaultsAndSeveralBases() {
    FsSettings settings = read("base", "file:///data/a, file:///data/b/ file:///data/c/");
    assertThat(settings.bases()).containsExactly(URI.create("file:///data/a/"),
        URI.create("file:///data/b/"), URI.create("file:///data/c/")).inOrder();
    assertThat(settings.provider().name()).isEqualTo("file");
    assertThat(settings.retries()).isEqualTo(3);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofSeconds(1));
    assertThat(settings.settings().timeout()).isEqualTo(Duration.ofSeconds(60));
    assertThat(settings.cache()).isEqualTo(store.resolve(".docket/cache/out"));
    assertThat(settings.cacheSize()).isEqualTo(10L << 30);
    assertThat(settings.cacheMaxAge()).isEqualTo(Duration.ZERO);
  }

  @Test
  void valuesAreRead() {
    FsSettings settings = read("base", "file:///d/", "protocol", "file", "retries", "5",
        "retry-delay", "250ms", "timeout", "2m", "cache", "/tmp/c", "cache-size", "500M",
        "cache-max-age", "10m");
    assertThat(settings.retries()).isEqualTo(5);
    assertThat(settings.retryDelay()).isEqualTo(Duration.ofMillis(250));
    assertThat(settings.settings().timeout()).isEqualTo(Duration.ofMinutes(2));
    assertThat(settings.cache()).isEqualTo(Path.of("/tmp/c"));
    assertThat(settings.cacheSize()).isEqualTo(500L << 20);
    assertThat(settings.cacheMaxAge()).isEqualTo(Duration.ofMinutes(10));
  }

  @Test
  void aMissingBaseIsNamed() {
    assertThat(refused("retries", "2")).contains("[fs.out] in docket.cfg has no base: add base =");
  }

  @Test
  void aBadUrlIsNamed() {
    assertThat(refused("base", "not a url")).startsWith("bad value 'not' for [fs.out] base");
    assertThat(refused("base", "/data/out")).contains(
        "expected an absolute URL with a scheme and a path");
    assertThat(refused("base", "file:///data/../x")).contains("without '.' or '..' parts");
  }

  @Test
  void aSchemeWithoutProviderNamesTheModuleToAdd() {
    assertThat(refused("base", "davs://eos.example.org/eos/a/"))
        .isEqualTo("no storage protocol serves davs:// URLs, as [fs.out] base in docket.cfg asks:"
            + " add the dependency dev.docket:docket-backend-webdav to the analysis (installed"
            + " protocols: file)");
    assertThat(refused("base", "root://eos//a/")).contains("docket-backend-xrootd");
    assertThat(refused("base", "s3://bucket/a/")).contains("docket-backend-s3");
    assertThat(refused("base", "file:///a/", "protocol", "gfal"))
        .startsWith("unknown protocol 'gfal' for [fs.out] protocol in docket.cfg: add the"
            + " dependency dev.docket:docket-backend-gfal");
  }

  @Test
  void badNumbersAndDurationsAreNamed() {
    assertThat(refused("base", "file:///a/", "retries", "many"))
        .isEqualTo("bad value 'many' for [fs.out] retries in docket.cfg: expected a whole number"
            + " from 0 to 100");
    assertThat(refused("base", "file:///a/", "retries", "-1")).contains("retries");
    assertThat(refused("base", "file:///a/", "retry-delay", "soon"))
        .contains("bad value 'soon' for [fs.out] retry-delay");
    assertThat(refused("base", "file:///a/", "timeout", "0s"))
        .contains("[fs.out] timeout in docket.cfg: expected a positive duration");
    assertThat(refused("base", "file:///a/", "cache-size", "big"))
        .contains("bad value 'big' for [fs.out] cache-size");
    assertThat(refused("base", "file:///a/", "cache-max-age", "a while"))
        .contains("bad value 'a while' for [fs.out] cache-max-age");
  }

  @Test
  void anUnknownKeyIsRefusedWithTheClosestName() {
    assertThat(refused("base", "file:///a/", "retry", "2"))
        .contains("unknown key 'retry' in section [fs.out]");
  }
}
