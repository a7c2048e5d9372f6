package dev.docket.backends.s3;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.core.sync.RequestBody;
import software.amazon.awssdk.http.ContentStreamProvider;
import software.amazon.awssdk.services.s3.S3Client;
import software.amazon.awssdk.services.s3.model.CompletedPart;

/**
 * An upload of a large file in parts (S3 takes at most 5 GB in one PutObject). Nothing is visible
 * under the key until CompleteMultipartUpload, so it is as atomic as a single PutObject; a
 * failed upload is aborted, which frees the parts already stored. Parts go up a few at a time.
 */
final class S3Multipart {
  /** Parts in flight at once: the server hashes and stores one while the next one is sent. */
  private static final int PARALLEL_PARTS = 4;

  private S3Multipart() {}

  static void upload(S3Client s3, S3Path path, Path local, long size, long partSize)
      throws InterruptedIOException {
    String id = s3.createMultipartUpload(b -> b.bucket(path.bucket()).key(path.key())).uploadId();
    ExecutorService pool = Executors.newFixedThreadPool(PARALLEL_PARTS);
    try {
      List<Future<CompletedPart>> uploads = new ArrayList<>();
      for (int number = 1; (number - 1) * partSize < size; number++) {
        long offset = (number - 1) * partSize;
        long length = Math.min(partSize, size - offset);
        int n = number;
        uploads.add(pool.submit(() -> {
          String etag = s3.uploadPart(
                  b -> b.bucket(path.bucket()).key(path.key()).uploadId(id).partNumber(n).contentLength(length),
                  RequestBody.fromContentProvider(slice(local, offset, length), length, "application/octet-stream"))
              .eTag();
          return CompletedPart.builder().partNumber(n).eTag(etag).build();
        }));
      }
      List<CompletedPart> parts = new ArrayList<>();
      for (Future<CompletedPart> upload : uploads) {
        parts.add(done(upload));
      }
      s3.completeMultipartUpload(b -> b.bucket(path.bucket()).key(path.key()).uploadId(id)
          .multipartUpload(m -> m.parts(parts)));
    } catch (SdkException | UncheckedIOException | InterruptedIOException e) {
      try {
        s3.abortMultipartUpload(b -> b.bucket(path.bucket()).key(path.key()).uploadId(id));
      } catch (SdkException suppressed) {
        e.addSuppressed(suppressed); // the server's own clean-up of stale uploads takes it then
      }
      throw e;
    } finally {
      pool.shutdownNow();
    }
  }

  /** A part's result; its failure as the SDK's exception, so that it is classified like others. */
  private static CompletedPart done(Future<CompletedPart> upload) throws InterruptedIOException {
    try {
      return upload.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while uploading parts");
    } catch (ExecutionException e) {
      if (e.getCause() instanceof SdkException sdk) {
        throw sdk;
      }
      if (e.getCause() instanceof UncheckedIOException io) {
        throw io;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** A fresh stream of {@code length} bytes from {@code offset} each time the SDK asks (a retried send reads again). */
  private static ContentStreamProvider slice(Path local, long offset, long length) {
    return () -> {
      try {
        FileChannel channel = FileChannel.open(local, StandardOpenOption.READ);
        channel.position(offset);
        return new Slice(Channels.newInputStream(channel), length);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    };
  }

  /** The first {@code remaining} bytes of a stream. */
  private static final class Slice extends InputStream {
    private final InputStream in;
    private long remaining;

    Slice(InputStream in, long remaining) {
      this.in = in;
      this.remaining = remaining;
    }

    @Override
    public int read() throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int b = in.read();
      if (b >= 0) {
        remaining--;
      }
      return b;
    }

    @Override
    public int read(byte[] buffer, int off, int len) throws IOException {
      if (remaining <= 0) {
        return -1;
      }
      int read = in.read(buffer, off, (int) Math.min(len, remaining));
      if (read > 0) {
        remaining -= read;
      }
      return read;
    }

    @Override
    public void close() throws IOException {
      in.close();
    }
  }
}
