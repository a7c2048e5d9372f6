package dev.docket.runtime.internal.remote;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A protocol's own options in {@code [fs.<name>]}, bases that mix protocols, the limits of
 * {@code retries}, a cache directory relative to docket.cfg, and the installed protocols.
 */
class FsSettingsOptionsTest {
  @TempDir Path store;

  /** A protocol of scheme {@code scheme} with {@code options}. */
  private record Fake(String name, String scheme, List<String> options)
      implements StorageProvider {
    @Override
    public Set<String> schemes() {
      return Set.of(scheme);
    }

    @Override
    public StorageClient open(StorageSettings settings, URI base) {
      throw new UnsupportedOperationException();
    }
  }

  private static final StorageProviders PROVIDERS = new StorageProviders(List.of(
      new Fake("Cloud", "s3", List.of("region", "profile")), new Fake("dav", "davs", List.of())));

  private FsSettings read(String... keys) {
    return FsSettings.read(TestRemote.config(store, Map.of("fs.out", section(keys))), "fs.out",
        PROVIDERS);
  }

  private static Map<String, String> section(String... keys) {
    Map<String, String> section = new LinkedHashMap<>();
    for (int i = 0; i < keys.length; i += 2) {
      section.put(keys[i], keys[i + 1]);
    }
    return section;
  }

  private String refused(String... keys) {
    return assertThrows(BadInputException.class, () -> read(keys)).getMessage();
  }

  @Test
  void theProtocolsOwnOptionsAreGivenToItStripped() {
    FsSettings settings = read("base", "s3://bucket/a/", "region", " eu-west-1 ");
    assertThat(settings.provider().name()).isEqualTo("Cloud");
    assertThat(settings.settings().options()).containsExactly("region", "eu-west-1");
    assertThat(read("base", "s3://bucket/a/").settings().options()).isEmpty();
  }

  @Test
  void anOptionOfNoProtocolNamesTheProtocolsOptions() {
    assertThat(refused("base", "s3://bucket/a/", "colour", "red"))
        .isEqualTo("[fs.out] colour in docket.cfg is not an option of the Cloud protocol that"
            + " serves s3://bucket/a/ (its options: region, profile); remove it");
    assertThat(refused("base", "davs://host/a/", "region", "x"))
        .isEqualTo("[fs.out] region in docket.cfg is not an option of the dav protocol that"
            + " serves davs://host/a/ (its options: none); remove it");
  }

  @Test
  void aProtocolIsFoundByNameWhateverItsCase() {
    assertThat(read("base", "s3://bucket/a/", "protocol", " cloud ").provider().name())
        .isEqualTo("Cloud");
    assertThat(read("base", "S3://bucket/a/").provider().name()).isEqualTo("Cloud");
    assertThat(refused("base", "s3://bucket/a/", "protocol", "ftp"))
        .isEqualTo("unknown protocol 'ftp' for [fs.out] protocol in docket.cfg: add the module"
            + " of a storage backend that serves it to the analysis's dependencies (installed"
            + " protocols: Cloud, dav)");
  }

  @Test
  void basesOfTwoProtocolsAreRefused() {
    assertThat(refused("base", "s3://bucket/a/ davs://host/a/"))
        .startsWith("the bases of [fs.out] in docket.cfg mix protocols (Cloud and dav); the"
            + " bases of one file system are copies of one storage");
    assertThat(read("base", "s3://one/a/ s3://two/a/").bases()).hasSize(2);
  }

  @Test
  void aBaseWithAQueryFragmentOrDotPartsIsRefused() {
    for (String base : List.of("s3://bucket/a/?x=1", "s3://bucket/a/#top", "s3:bucket",
        "s3://bucket")) {
      assertThat(refused("base", base)).contains("expected an absolute URL with a scheme and a path");
    }
    for (String base : List.of("s3://bucket/a/./b/", "s3://bucket/a/..", "s3://bucket/../a/")) {
      assertThat(refused("base", base)).contains("expected a URL without '.' or '..' parts");
    }
  }

  @Test
  void retriesRangeFromZeroToAHundred() {
    assertThat(read("base", "s3://b/a/", "retries", "0").retries()).isEqualTo(0);
    assertThat(read("base", "s3://b/a/", "retries", " 100 ").retries()).isEqualTo(100);
    assertThat(refused("base", "s3://b/a/", "retries", "101"))
        .isEqualTo("bad value '101' for [fs.out] retries in docket.cfg: expected a whole number"
            + " from 0 to 100");
    assertThat(refused("base", "s3://b/a/", "retry-delay", "-1s"))
        .startsWith("bad value '-1s' for [fs.out] retry-delay in docket.cfg: expected ");
    assertThat(read("base", "s3://b/a/", "retry-delay", "0s").retryDelay().isZero()).isTrue();
  }

  @Test
  void aRelativeCacheLiesBesideDocketCfg() {
    Path file = store.resolve("conf/docket.cfg");
    DocketConfig config = new DocketConfig(Optional.of(file), store.resolve("data"),
        OptionalInt.empty(),
        Map.of("fs.out", section("base", "s3://b/a/", "cache", " cache/../copies ")));
    assertThat(FsSettings.read(config, "fs.out", PROVIDERS).cache())
        .isEqualTo(store.resolve("conf/copies"));
    DocketConfig blank = new DocketConfig(Optional.of(file), store.resolve("data"),
        OptionalInt.empty(), Map.of("fs.out", section("base", "s3://b/a/", "cache", " ")));
    assertThat(FsSettings.read(blank, "fs.out", PROVIDERS).cache())
        .isEqualTo(store.resolve("data/.docket/cache/out"));
  }

  @Test
  void theBuiltInFileProtocolIsInstalled() {
    StorageProviders installed = StorageProviders.load();
    assertThat(installed.all().stream().map(StorageProvider::name).toList()).contains("file");
    assertThat(installed.byScheme("FILE").name()).isEqualTo("file");
    assertThat(installed.byName("File").name()).isEqualTo("file");
    assertThat(installed.byName("s3")).isNull();
    assertThat(new FsSection().keys()).containsAtLeastElementsIn(FsSettings.COMMON_KEYS);
    assertThat(new FsSection().name()).isEqualTo("fs.<name>");
  }
}
