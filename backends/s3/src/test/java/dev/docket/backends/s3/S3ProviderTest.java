package dev.docket.backends.s3;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageProvider;
import dev.docket.runtime.spi.storage.StorageSettings;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The provider's registration and the checks of its options, which need no server. */
class S3ProviderTest {
  @TempDir Path dir;

  private DocketConfig config(Map<String, String> options) {
    Map<String, Integer> lines = new LinkedHashMap<>();
    int line = 2;
    for (String key : options.keySet()) {
      lines.put(key, line++);
    }
    return new DocketConfig(Optional.of(dir.resolve("docket.cfg")), dir, OptionalInt.empty(),
        Map.of("fs.store", options), Map.of(),
        new DocketConfig.Lines(Map.of("fs.store", 1), Map.of("fs.store", lines)));
  }

  private BadInputException refused(Map<String, String> options) {
    return assertThrows(BadInputException.class,
        () -> new S3Provider().check(config(options), "fs.store"));
  }

  @Test
  void isFoundThroughServiceLoaderForTheS3Scheme() {
    StorageProvider s3 = ServiceLoader.load(StorageProvider.class).stream()
        .map(ServiceLoader.Provider::get)
        .filter(p -> p.name().equals("s3"))
        .findFirst()
        .orElseThrow();
    assertThat(s3.schemes()).containsExactly("s3");
    assertThat(s3.options()).containsAtLeast("endpoint", "region", "access-key", "secret-key",
        "credentials-file");
  }

  @Test
  void aGoodSectionPasses() {
    new S3Provider().check(config(Map.of("endpoint", "https://s3.example.org:9000",
        "region", "eu-central-1", "access-key", "me", "secret-key", "s")), "fs.store");
  }

  @Test
  void anEndpointThatIsNotAnHttpUrlIsRefusedWithItsLine() {
    BadInputException e = refused(Map.of("endpoint", "s3.example.org"));
    assertThat(e).hasMessageThat().contains("[fs.store] endpoint");
    assertThat(e).hasMessageThat().contains("docket.cfg, line 2");
    assertThat(e).hasMessageThat().contains("https://");
  }

  @Test
  void anAccessKeyWithoutItsSecretIsRefused() {
    BadInputException e = refused(Map.of("access-key", "me"));
    assertThat(e).hasMessageThat().contains("no secret-key");
  }

  @Test
  void aSecretIsNeverShownInAMessage() {
    BadInputException e = refused(Map.of("secret-key", "hunter2"));
    assertThat(e).hasMessageThat().contains("no access-key");
    assertThat(e).hasMessageThat().doesNotContain("hunter2");
  }

  @Test
  void aMissingCredentialsFileIsRefused() {
    BadInputException e = refused(Map.of("credentials-file", dir.resolve("nope").toString()));
    assertThat(e).hasMessageThat().contains("not a readable file");
    assertThat(e).hasMessageThat().contains("nope");
  }

  @Test
  void keysAndAFileTogetherAreRefused() {
    BadInputException e = refused(Map.of("access-key", "me", "secret-key", "s",
        "credentials-file", "/etc/hostname"));
    assertThat(e).hasMessageThat().contains("keep one");
  }

  @Test
  void aBadRegionIsRefused() {
    BadInputException e = refused(Map.of("region", "EU Central"));
    assertThat(e).hasMessageThat().contains("[fs.store] region");
  }

  @Test
  void noCredentialsAnywhereIsPermanentWithAdvice() {
    assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null
        && !Files.exists(Path.of(System.getProperty("user.home"), ".aws", "credentials")),
        "this machine has AWS credentials of its own");
    URI base = URI.create("s3://bkt/");
    StorageException e = assertThrows(StorageException.class, () -> new S3Provider().open(
        new StorageSettings("store", Duration.ofSeconds(5), Map.of("endpoint", "http://127.0.0.1:1")),
        base));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("[fs.store]");
    assertThat(e).hasMessageThat().contains("access-key and secret-key");
  }

  @Test
  void aUrlNamesItsBucketKeyAndWhetherItIsADirectory() {
    S3Path file = S3Path.of(URI.create("s3://bkt/a/b%20c.root"));
    assertThat(file).isEqualTo(new S3Path("bkt", "a/b c.root", false));
    assertThat(file.name()).isEqualTo("b c.root");
    S3Path dirPath = S3Path.of(URI.create("s3://bkt/a/"));
    assertThat(dirPath).isEqualTo(new S3Path("bkt", "a", true));
    assertThat(dirPath.prefix()).isEqualTo("a/");
    S3Path bucket = S3Path.of(URI.create("s3://bkt"));
    assertThat(bucket.prefix()).isEmpty();
    assertThat(bucket.name()).isEqualTo("bkt");
    assertThrows(IllegalArgumentException.class, () -> S3Path.of(URI.create("root://h/a")));
  }
}
