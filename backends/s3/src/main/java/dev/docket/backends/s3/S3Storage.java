package dev.docket.backends.s3;

import dev.docket.runtime.Target;
import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import software.amazon.awssdk.core.ResponseInputStream;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CommonPrefix;
import software.amazon.awssdk.services.s3.model.GetObjectResponse;
import software.amazon.awssdk.services.s3.model.HeadObjectResponse;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Request;
import software.amazon.awssdk.services.s3.model.ListObjectsV2Response;
import software.amazon.awssdk.services.s3.model.ObjectIdentifier;
import software.amazon.awssdk.services.s3.model.S3Object;

/**
 * The storage SPI on one S3 endpoint. A directory is a key prefix: it exists while any key lies
 * under it (the empty {@code dir/} marker of {@link #mkdirs} included), a listing is one
 * ListObjectsV2 with delimiter '/' per thousand entries, and removing a tree deletes its keys a
 * thousand at a time. Uploads need no temporary name: S3 shows an object only once its PutObject
 * (or multipart upload) has completed, and the last completed one wins.
 */
final class S3Storage implements StorageClient {
  /**
   * How requests are cut up; tests make every size small to see the pieces joined.
   *
   * @param pageSize keys per listing request (S3 returns at most 1000)
   * @param multipartThreshold above this size an upload goes in parts ({@link S3Multipart})
   * @param partSize the size of each part but the last (S3 wants at least 5 MiB), grown for a
   *     file that would need more than S3's 10,000 parts
   */
  record Sizes(int pageSize, long multipartThreshold, long partSize) {
    /**
     * One PutObject up to 1 GiB, parts of 64 MiB above. A body is sent unsigned ({@link
     * UnsignedPayloadSigner}), so one request streams at the link's speed; parts cost a request
     * each and the server's assembly at the end (s3proxy's filesystem store copies every byte once
     * more: 7 s of a 1 GB upload's 22 s here). They pay where one stream cannot fill the link, for
     * large files over long distances, and S3 takes at most 5 GB in one PutObject.
     */
    static final Sizes DEFAULT = new Sizes(1000, 1L << 30, 64L << 20);

    long partSize(long fileSize) {
      return Math.max(partSize, (fileSize + 9_999) / 10_000);
    }
  }

  private final LazyClient client;
  private final S3Errors errors;
  private final Sizes sizes;
  private final Optional<DirectGet> direct;

  /** @param direct downloads straight from the socket, for a plain-http endpoint ({@link DirectGet}) */
  S3Storage(LazyClient client, S3Errors errors, Sizes sizes, Optional<DirectGet> direct) {
    this.client = client;
    this.errors = errors;
    this.sizes = sizes;
    this.direct = direct;
  }

  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    S3Path path = S3Path.of(url);
    try {
      if (!path.directory()) {
        try {
          HeadObjectResponse head = s3().headObject(b -> b.bucket(path.bucket()).key(path.key()));
          return Optional.of(new RemoteEntry(
              path.name(), head.contentLength(), head.lastModified().toEpochMilli(), false));
        } catch (SdkException e) {
          if (!S3Errors.notFound(e)) {
            throw e;
          }
        }
      }
      ListObjectsV2Response any = s3().listObjectsV2(
          b -> b.bucket(path.bucket()).prefix(path.prefix()).maxKeys(1));
      return any.contents().isEmpty() && any.commonPrefixes().isEmpty()
          ? Optional.empty()
          : Optional.of(new RemoteEntry(path.name(), 0, Target.UNKNOWN_TIME, true));
    } catch (SdkException e) {
      throw errors.of(url, e);
    }
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    S3Path path = S3Path.of(directory);
    String prefix = path.prefix();
    List<RemoteEntry> entries = new ArrayList<>();
    ListObjectsV2Request.Builder request =
        ListObjectsV2Request.builder().bucket(path.bucket()).prefix(prefix).delimiter("/").maxKeys(sizes.pageSize());
    try {
      while (true) {
        ListObjectsV2Response page = s3().listObjectsV2(request.build());
        for (S3Object object : page.contents()) {
          String name = object.key().substring(prefix.length());
          if (!name.isEmpty()) { // the directory's own marker
            entries.add(new RemoteEntry(name, object.size(), object.lastModified().toEpochMilli(), false));
          }
        }
        for (CommonPrefix common : page.commonPrefixes()) {
          String name = common.prefix().substring(prefix.length(), common.prefix().length() - 1);
          if (!name.isEmpty()) { // a key with '//' in it has an empty part
            entries.add(new RemoteEntry(name, 0, Target.UNKNOWN_TIME, true));
          }
        }
        if (!Boolean.TRUE.equals(page.isTruncated())) {
          return entries;
        }
        request.continuationToken(page.nextContinuationToken());
      }
    } catch (SdkException e) {
      throw errors.of(directory, e);
    }
  }

  @Override
  public void download(URI url, Path local) throws IOException {
    Path absolute = local.toAbsolutePath();
    Path part = partBeside(absolute);
    try {
      try (FileChannel file = FileChannel.open(part, StandardOpenOption.WRITE)) {
        if (direct.isEmpty() || !direct.get().fetch(S3Path.of(url), url, file)) {
          copy(url, file);
        }
      }
      Files.move(part, absolute, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(part);
    }
  }

  /**
   * A new empty file beside {@code target}, so that the final move is a rename and a reader never
   * sees a part. Named here rather than by {@code Files.createTempFile}, whose SecureRandom costs
   * a fresh process 15-25 ms of CPU on its first download and whose mode 0600 the downloaded file
   * then kept; this one gets the umask's mode, as curl's output does.
   */
  private static Path partBeside(Path target) throws IOException {
    for (int attempt = 1; ; attempt++) {
      Path part = target.resolveSibling("." + target.getFileName() + "."
          + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 1) + ".part");
      try {
        return Files.createFile(part);
      } catch (FileAlreadyExistsException e) {
        if (attempt == 10) {
          throw e;
        }
      }
    }
  }

  private void copy(URI url, FileChannel file) throws IOException {
    try (InputStream in = open(url)) {
      // in large reads: a 1 GB download runs at twice the speed of Files.copy's 8 KiB ones
      byte[] buffer = new byte[1 << 20];
      for (int n; (n = in.read(buffer)) >= 0; ) {
        ByteBuffer some = ByteBuffer.wrap(buffer, 0, n);
        while (some.hasRemaining()) {
          file.write(some);
        }
      }
    }
  }

  @Override
  public InputStream open(URI url) throws IOException {
    S3Path path = S3Path.of(url);
    try {
      ResponseInputStream<GetObjectResponse> in =
          s3().getObject(b -> b.bucket(path.bucket()).key(path.key()));
      Long length = in.response().contentLength();
      return length == null ? in : new WholeBody(in, url, length);
    } catch (SdkException e) {
      throw errors.of(url, e);
    }
  }

  @Override
  public void upload(Path local, URI url) throws IOException {
    S3Path path = S3Path.of(url);
    if (path.key().isEmpty() || path.directory()) {
      throw new StorageException(Kind.PERMANENT, url, url + ": an upload needs a file's URL, not a directory's");
    }
    try {
      long size = Files.size(local);
      if (size > sizes.multipartThreshold()) {
        S3Multipart.upload(s3(), path, local, size, sizes.partSize(size));
      } else {
        s3().putObject(b -> b.bucket(path.bucket()).key(path.key()), RequestBody.fromFile(local));
      }
    } catch (SdkException e) {
      throw uploadFault(url, path, e);
    } catch (java.io.UncheckedIOException e) {
      throw e.getCause(); // reading the local file
    }
  }

  /**
   * What an upload's failure means. A connection broken while the body went out may be a refusal:
   * s3proxy (S3 too) judges the signed head, answers 403 before the body is in and closes the
   * connection, and the client sees only "Error writing request body", a transient fault that
   * the runtime would retry until it gave up. One small request with the same keys (a listing of
   * at most one key) tells a refusal from a fault; its permanent answer is the upload's.
   */
  private StorageException uploadFault(URI url, S3Path path, SdkException e) {
    StorageException fault = errors.of(url, e);
    if (fault.kind() == Kind.PERMANENT || Thread.currentThread().isInterrupted()) {
      return fault;
    }
    try {
      s3().listObjectsV2(b -> b.bucket(path.bucket()).prefix(path.key()).maxKeys(1));
    } catch (SdkException refused) {
      StorageException why = errors.of(url, refused);
      if (why.kind() == Kind.PERMANENT) {
        StorageException permanent = new StorageException(Kind.PERMANENT, url, why.getMessage()
            + " (the server closed the upload's connection before taking its body)", refused);
        permanent.addSuppressed(e);
        return permanent;
      }
    }
    return fault;
  }

  @Override
  public void delete(URI url) throws IOException {
    S3Path path = S3Path.of(url);
    try {
      s3().deleteObject(b -> b.bucket(path.bucket()).key(path.key())); // no error when absent
    } catch (SdkException e) {
      if (!S3Errors.notFound(e)) {
        throw errors.of(url, e);
      }
    }
  }

  @Override
  public void deleteTree(URI url) throws IOException {
    S3Path path = S3Path.of(url);
    if (path.key().isEmpty()) {
      throw new StorageException(Kind.PERMANENT, url, url + ": refusing to delete a whole bucket");
    }
    ListObjectsV2Request.Builder request =
        ListObjectsV2Request.builder().bucket(path.bucket()).prefix(path.prefix()).maxKeys(sizes.pageSize());
    try {
      while (true) {
        // A page, then its deletion: the next page's token stays valid meanwhile.
        ListObjectsV2Response page = s3().listObjectsV2(request.build());
        deleteKeys(url, path.bucket(), page.contents().stream().map(S3Object::key).toList());
        if (!Boolean.TRUE.equals(page.isTruncated())) {
          return;
        }
        request.continuationToken(page.nextContinuationToken());
      }
    } catch (SdkException e) {
      throw errors.of(url, e);
    }
  }

  private void deleteKeys(URI url, String bucket, List<String> keys) throws StorageException {
    if (keys.isEmpty()) {
      return;
    }
    List<ObjectIdentifier> objects = keys.stream().map(k -> ObjectIdentifier.builder().key(k).build()).toList();
    var failed = s3().deleteObjects(b -> b.bucket(bucket).delete(d -> d.objects(objects).quiet(true))).errors();
    if (!failed.isEmpty()) {
      var first = failed.get(0);
      String culprit = "s3://" + bucket + "/" + first.key();
      Kind kind = "AccessDenied".equals(first.code()) ? Kind.PERMANENT : Kind.TRANSIENT;
      throw new StorageException(kind, url, url + ": " + failed.size() + " keys were not deleted, e.g. "
          + culprit + ": " + first.code() + " " + first.message());
    }
  }

  /** An empty {@code dir/} object, so that the directory exists (and lists) before anything is in it. */
  @Override
  public void mkdirs(URI url) throws IOException {
    S3Path path = S3Path.of(url);
    if (path.key().isEmpty()) {
      return; // the bucket
    }
    try {
      s3().putObject(b -> b.bucket(path.bucket()).key(path.prefix()), RequestBody.empty());
    } catch (SdkException e) {
      throw errors.of(url, e);
    }
  }

  /** Whether the SDK's client has been built (tests: a direct download builds none). */
  boolean sdkClientBuilt() {
    return client.isBuilt();
  }

  /** The SDK's client, built on first use: a plain-http download needs none. */
  private S3Client s3() {
    return client.get();
  }

  @Override
  public void close() {
    client.close();
  }
}
