package dev.docket.backends.s3;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageClientContract;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.testkit.RequiredService;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The storage contract, and S3's own cases, against the s3proxy of {@code scripts/s3-up.sh}. */
class S3ClientTest extends StorageClientContract {
  @RegisterExtension static final RequiredService S3 = LocalS3.required();

  private static final S3Storage.Sizes SMALL = new S3Storage.Sizes(7, 6L << 20, 5L << 20);

  @Override
  protected StorageClient client() throws IOException {
    return new S3Provider().open(LocalS3.settings(Map.of()), base());
  }

  @Override
  protected URI base() {
    return LocalS3.base();
  }

  private S3Storage small() throws IOException {
    var settings = LocalS3.settings(Map.of());
    var options = S3Options.read("fs.s3", settings.options(), key -> key);
    return S3Provider.storage(settings, options, base(), SMALL);
  }

  @Test
  void aListingOfManyPagesHasEveryEntryAndDeleteTreeRemovesThemAll() throws IOException {
    try (S3Storage paged = small()) {
      Path one = localFile("one.txt", "1");
      for (int i = 0; i < 20; i++) {
        paged.upload(one, dir.resolve("many/f" + i + ".txt"));
      }
      for (int i = 0; i < 4; i++) {
        paged.upload(one, dir.resolve("many/sub" + i + "/x.txt"));
      }
      assertThat(paged.list(dir.resolve("many/"))).hasSize(24);
      assertThat(paged.list(dir.resolve("many/")).stream().filter(RemoteEntry::directory).count())
          .isEqualTo(4);

      paged.deleteTree(dir.resolve("many/"));
      assertThat(paged.stat(dir.resolve("many/"))).isEmpty();
    }
  }

  @Test
  void aLargeFileGoesUpInPartsAndReadsBackWhole() throws IOException {
    try (S3Storage parts = small()) {
      byte[] bytes = new byte[13 << 20]; // three parts of 5, 5 and 3 MiB
      new java.util.Random(7).nextBytes(bytes);
      Path big = local.resolve("big.bin");
      Files.write(big, bytes);
      URI url = dir.resolve("big.bin");
      parts.upload(big, url);

      assertThat(parts.stat(url).get().size()).isEqualTo(bytes.length);
      Path back = local.resolve("back.bin");
      parts.download(url, back);
      assertThat(Files.readAllBytes(back)).isEqualTo(bytes);
      try (S3Storage sdk = sdkDownloads()) { // as over https
        sdk.download(url, back);
      }
      assertThat(Files.readAllBytes(back)).isEqualTo(bytes);
      assertThat(parts.list(dir).stream().map(RemoteEntry::name).toList()).containsExactly("big.bin");
    }
  }

  /** The storage with downloads through the SDK's client, which https endpoints use. */
  private S3Storage sdkDownloads() throws IOException {
    var settings = LocalS3.settings(Map.of());
    var options = S3Options.read("fs.s3", settings.options(), key -> key);
    return new S3Storage(LazyClient.built(S3Provider.client(settings, options, base())), new S3Errors("s3"), SMALL, Optional.empty());
  }

  @Test
  void keysThatNeedEncodingDownloadDirectlyAndThroughTheSdk() throws IOException {
    // the direct path signs its own request: the path it signs must be the one S3 sees
    URI url = dir.resolve("odd%20dir/a%20b+c=d&e%C3%A9~%2A(1).txt");
    client.upload(localFile("odd.txt", "odd"), url);
    assertThat(client.list(dir.resolve("odd%20dir/")).get(0).name()).isEqualTo("a b+c=d&eé~*(1).txt");
    client.download(url, local.resolve("direct.txt"));
    assertThat(Files.readString(local.resolve("direct.txt"))).isEqualTo("odd");
    try (S3Storage sdk = sdkDownloads()) {
      sdk.download(url, local.resolve("sdk.txt"));
    }
    assertThat(Files.readString(local.resolve("sdk.txt"))).isEqualTo("odd");
    client.upload(localFile("empty.txt", ""), dir.resolve("empty.txt"));
    client.download(dir.resolve("empty.txt"), local.resolve("empty-back.txt"));
    assertThat(Files.size(local.resolve("empty-back.txt"))).isEqualTo(0);
  }

  @Test
  void aWrongSecretIsPermanentAndNamesTheUrlAndTheKeys() throws IOException {
    try (StorageClient wrong = new S3Provider().open(
        LocalS3.settings(Map.of("secret-key", "not-the-secret")), base())) {
      URI url = dir.resolve("x.txt");
      StorageException e = assertThrows(StorageException.class, () -> wrong.stat(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains(url.toString());
      assertThat(e).hasMessageThat().contains("secret-key");
      assertThat(e).hasMessageThat().doesNotContain("not-the-secret");
    }
  }

  /**
   * s3proxy refuses the signed head of a PutObject and closes the connection while the body is
   * still going out: without a second look that was a transient "Error writing request body".
   */
  @Test
  void anUploadWithAWrongSecretIsPermanentAndNamesTheUrlAndTheKeys() throws IOException {
    Path big = local.resolve("big.bin");
    Files.write(big, new byte[8 << 20]);
    try (StorageClient wrong = new S3Provider().open(
        LocalS3.settings(Map.of("secret-key", "not-the-secret")), base())) {
      URI url = dir.resolve("big.bin");
      StorageException e = assertThrows(StorageException.class, () -> wrong.upload(big, url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
      assertThat(e).hasMessageThat().contains(url.toString());
      assertThat(e).hasMessageThat().contains("secret-key");
      assertThat(e).hasMessageThat().doesNotContain("not-the-secret");
    }
    assertThat(client.stat(dir.resolve("big.bin"))).isEmpty();
  }

  @Test
  void aMissingBucketIsPermanentAndSaysSo() throws IOException {
    URI url = URI.create("s3://no-such-bucket-" + System.nanoTime() + "/a.txt");
    StorageException e = assertThrows(StorageException.class, () -> client.stat(url));
    assertThat(e.kind()).isEqualTo(StorageException.Kind.PERMANENT);
    assertThat(e).hasMessageThat().contains("does not exist");
  }

  @Test
  void aServerThatIsNotThereIsTransient() throws IOException {
    int port;
    try (var socket = new java.net.ServerSocket(0)) {
      port = socket.getLocalPort(); // free once closed: nothing listens there
    }
    try (StorageClient absent = new S3Provider().open(
        LocalS3.settings(Map.of("endpoint", "http://127.0.0.1:" + port)), base())) {
      URI url = dir.resolve("x.txt");
      StorageException e = assertThrows(StorageException.class, () -> absent.stat(url));
      assertThat(e.kind()).isEqualTo(StorageException.Kind.TRANSIENT);
      assertThat(e).hasMessageThat().contains(url.toString());
    }
  }

  @Test
  void credentialsComeFromACredentialsFileProfile() throws IOException {
    Path file = localFile("credentials", "[default]\naws_access_key_id = nobody\n"
        + "aws_secret_access_key = nothing\n\n[ci]\naws_access_key_id = " + LocalS3.IDENTITY
        + "\naws_secret_access_key = " + LocalS3.CREDENTIAL + "\n");
    var settings = LocalS3.settings(Map.of("access-key", "", "secret-key", "",
        "credentials-file", file.toString(), "profile", "ci"));
    try (StorageClient fromFile = new S3Provider().open(settings, base())) {
      client.upload(localFile("f.txt", "from file"), dir.resolve("f.txt"));
      assertThat(fromFile.stat(dir.resolve("f.txt")).get().size()).isEqualTo(9);
    }
  }

  @Test
  void aDirectoryIsSeenThroughAnyKeyUnderItWithoutAMarker() throws IOException {
    client.upload(localFile("k.txt", "k"), dir.resolve("implied/deeper/k.txt"));
    assertThat(client.stat(dir.resolve("implied")).get().directory()).isTrue();
    assertThat(client.stat(dir.resolve("implied/")).get().name()).isEqualTo("implied");
    assertThat(client.list(dir.resolve("implied/")).get(0).name()).isEqualTo("deeper");
  }
}
