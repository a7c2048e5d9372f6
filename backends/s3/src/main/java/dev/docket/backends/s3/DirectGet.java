package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.ClosedByInterruptException;
import java.nio.channels.FileChannel;
import java.nio.channels.SelectionKey;
import java.nio.channels.Selector;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ArrayBlockingQueue;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkException;
import software.amazon.awssdk.utils.http.SdkHttpUtils;

/**
 * A download over plain http that moves the body from the socket into the file through one
 * direct buffer, as curl does: two copies of each byte (kernel to buffer, buffer to kernel). The
 * SDK's path through {@code HttpURLConnection} copies every byte twice more (socket to a heap
 * array, the array to the file's temporary native buffer), which made a 1 GB download from the
 * page cache take twice curl's time. https endpoints keep the SDK's path (TLS needs it).
 *
 * <p>One GetObject per connection ({@code Connection: close}), signed with SigV4 ({@link
 * GetSigner}); the section's timeout bounds connecting and each wait for data. An answer other than
 * 200 becomes the SDK's exception ({@link ErrorAnswer}), a body shorter than announced a
 * transient fault; a 200 without a length (chunked) is left to the SDK.
 */
final class DirectGet {
  private static final int BUFFER = 1 << 20;
  private static final int HEAD_LIMIT = 64 << 10;
  private static final int ERROR_BODY_LIMIT = 64 << 10;

  private final String host;
  private final int port;
  private final String pathPrefix;
  private final AwsCredentialsProvider credentials;
  private final Duration timeout;
  private final S3Errors errors;
  private final GetSigner signer;
  /** Buffers of finished downloads, for the next ones: a direct buffer is freed only by a GC. */
  private final ArrayBlockingQueue<ByteBuffer> buffers = new ArrayBlockingQueue<>(4);

  private DirectGet(URI endpoint, String region, AwsCredentialsProvider credentials, Duration timeout,
      S3Errors errors) {
    this.host = endpoint.getHost();
    this.port = endpoint.getPort() < 0 ? 80 : endpoint.getPort();
    String path = endpoint.getRawPath() == null ? "" : endpoint.getRawPath();
    this.pathPrefix = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    this.signer = new GetSigner(region);
    this.credentials = credentials;
    this.timeout = timeout;
    this.errors = errors;
  }

  /** The direct path to {@code endpoint} when it is plain http; empty for https and for AWS itself. */
  static Optional<DirectGet> over(Optional<URI> endpoint, String region, AwsCredentialsProvider credentials,
      Duration timeout, S3Errors errors) {
    return endpoint.filter(e -> "http".equalsIgnoreCase(e.getScheme()))
        .map(e -> new DirectGet(e, region, credentials, timeout, errors));
  }

  /**
   * Writes the object at {@code path} into {@code file} (empty, at position 0); false, with
   * nothing written, when the answer is a body of unknown length or the JDK's proxy settings send
   * requests to the endpoint through a proxy, either of which the caller then leaves to the SDK.
   */
  boolean fetch(S3Path path, URI url, FileChannel file) throws IOException {
    if (proxied()) {
      return false;
    }
    ByteBuffer buffer = buffers.poll();
    if (buffer == null) {
      buffer = ByteBuffer.allocateDirect(BUFFER);
    }
    buffer.clear();
    try (SocketChannel channel = SocketChannel.open(); Selector selector = Selector.open()) {
      Network net = new Network(url, channel, selector);
      net.connect(request(path));
      ResponseHead head = net.head(buffer);
      if (head.status() != 200) {
        throw errors.of(url, ErrorAnswer.of(head, net.rest(buffer, head.length())));
      }
      if (head.length() < 0) {
        return false;
      }
      long written = 0;
      while (true) {
        if (written + buffer.remaining() > head.length()) {
          throw new StorageException(Kind.TRANSIENT, url, url + ": the answer has more bytes than its "
              + head.length() + " announced");
        }
        while (buffer.hasRemaining()) {
          written += file.write(buffer);
        }
        if (written == head.length()) {
          return true;
        }
        buffer.clear();
        if (net.read(buffer) < 0) {
          throw new StorageException(Kind.TRANSIENT, url, url + ": the download broke off after "
              + written + " of " + head.length() + " bytes");
        }
        buffer.flip();
      }
    } finally {
      buffers.offer(buffer);
    }
  }

  /**
   * Whether the JDK sends requests to the endpoint through a proxy ({@code http.proxyHost} and
   * {@code http.nonProxyHosts}, or a {@link ProxySelector} of the application's): the SDK's client
   * then goes that way, as {@code HttpURLConnection} asks the same selector; this path does not
   * speak to proxies. Asked per download, as the settings may change while a run goes on.
   */
  private boolean proxied() {
    ProxySelector selector = ProxySelector.getDefault();
    if (selector == null) {
      return false;
    }
    List<Proxy> proxies = selector.select(URI.create("http://" + host + ":" + port + "/"));
    if (proxies != null) {
      for (Proxy proxy : proxies) {
        if (proxy.type() != Proxy.Type.DIRECT) {
          return true;
        }
      }
    }
    return false;
  }

  /** The signed request's bytes: the path-style GET of {@code path}. */
  private byte[] request(S3Path path) {
    String encodedPath = pathPrefix + "/" + SdkHttpUtils.urlEncode(path.bucket()) + "/"
        + SdkHttpUtils.urlEncodeIgnoreSlashes(path.key());
    String hostHeader = host + (port == 80 ? "" : ":" + port);
    StringBuilder text = new StringBuilder("GET ").append(encodedPath).append(" HTTP/1.1\r\n");
    for (Map.Entry<String, String> header
        : signer.headers(hostHeader, encodedPath, credentials.resolveCredentials(), Instant.now()).entrySet()) {
      text.append(header.getKey()).append(": ").append(header.getValue()).append("\r\n");
    }
    text.append("Connection: close\r\n\r\n");
    return text.toString().getBytes(StandardCharsets.ISO_8859_1);
  }

  /** One connection's reads and writes; a fault of the connection as a transient exception naming the URL. */
  private final class Network {
    private final URI url;
    private final SocketChannel channel;
    private final Selector selector;

    Network(URI url, SocketChannel channel, Selector selector) {
      this.url = url;
      this.channel = channel;
      this.selector = selector;
    }

    void connect(byte[] request) throws IOException {
      try {
        channel.socket().connect(new InetSocketAddress(host, port), (int) Math.min(Integer.MAX_VALUE, timeout.toMillis()));
        ByteBuffer out = ByteBuffer.wrap(request);
        while (out.hasRemaining()) {
          channel.write(out);
        }
        channel.configureBlocking(false);
        channel.register(selector, SelectionKey.OP_READ);
      } catch (SdkException e) {
        throw errors.of(url, e); // credentials that cannot be resolved now
      } catch (IOException e) {
        throw fault(e);
      }
    }

    /** Reads until the head has come; {@code buffer} then holds the body's first bytes, ready to be written. */
    ResponseHead head(ByteBuffer buffer) throws IOException {
      buffer.limit(HEAD_LIMIT);
      int scanned = 0;
      while (true) {
        if (read(buffer) < 0) {
          throw new StorageException(Kind.TRANSIENT, url, url + ": the server closed the connection "
              + "without an answer");
        }
        int end = ResponseHead.end(buffer, scanned, buffer.position());
        if (end >= 0) {
          ResponseHead head;
          try {
            head = ResponseHead.parse(buffer, end);
          } catch (IllegalArgumentException e) { // NumberFormatException included
            throw new StorageException(Kind.TRANSIENT, url, url + ": a malformed answer: " + e.getMessage());
          }
          buffer.limit(buffer.position()).position(end);
          return head;
        }
        if (!buffer.hasRemaining()) {
          throw new StorageException(Kind.TRANSIENT, url, url + ": an answer whose head is longer than "
              + HEAD_LIMIT + " bytes");
        }
        scanned = buffer.position();
      }
    }

    /** The rest of a (short) error body, up to its length or the end of the connection. */
    byte[] rest(ByteBuffer buffer, long length) throws IOException {
      ByteArrayOutputStream body = new ByteArrayOutputStream();
      while (true) {
        byte[] some = new byte[buffer.remaining()];
        buffer.get(some);
        body.write(some);
        if (body.size() >= ERROR_BODY_LIMIT || (length >= 0 && body.size() >= length)) {
          return body.toByteArray();
        }
        buffer.clear().limit(ERROR_BODY_LIMIT);
        if (read(buffer) < 0) {
          return body.toByteArray();
        }
        buffer.flip();
      }
    }

    /** Some bytes into {@code buffer} (which has room), waiting at most the timeout for them; -1 at the end. */
    int read(ByteBuffer buffer) throws IOException {
      try {
        int n;
        while ((n = channel.read(buffer)) == 0) {
          if (selector.select(timeout.toMillis()) == 0) {
            if (Thread.currentThread().isInterrupted()) {
              throw new InterruptedIOException("interrupted while downloading " + url);
            }
            throw new StorageException(Kind.TRANSIENT, url, url + ": no data for " + timeout.toMillis()
                + " ms (the section's timeout)");
          }
          selector.selectedKeys().clear();
        }
        return n;
      } catch (StorageException | InterruptedIOException e) {
        throw e;
      } catch (IOException e) {
        throw fault(e);
      }
    }

    private IOException fault(IOException e) {
      if (e instanceof ClosedByInterruptException) {
        Thread.currentThread().interrupt();
        return new InterruptedIOException("interrupted while downloading " + url);
      }
      return new StorageException(Kind.TRANSIENT, url, url + ": " + e, e);
    }
  }
}
