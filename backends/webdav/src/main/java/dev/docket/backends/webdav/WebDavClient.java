package dev.docket.backends.webdav;

import dev.docket.runtime.spi.storage.RemoteEntry;
import dev.docket.runtime.spi.storage.StorageClient;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageNames;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.hc.client5.http.classic.methods.HttpUriRequestBase;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentType;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.io.entity.EntityUtils;
import org.apache.hc.core5.http.io.entity.FileEntity;
import org.apache.hc.core5.http.io.entity.StringEntity;

/**
 * WebDAV requests on one base: PROPFIND for stat (Depth 0) and listings (Depth 1), GET, PUT
 * under a temporary name then MOVE for an atomic upload, MKCOL one level at a time, DELETE.
 * URLs keep the user's scheme ({@code davs://}) in messages and are sent as {@code https://}.
 */
final class WebDavClient implements StorageClient {
  private static final int MOVE_ATTEMPTS = 4;
  private static final int MAX_REDIRECTS = 5;

  private final CloseableHttpClient http;
  private final Optional<BearerToken> token;
  private final Faults faults;

  WebDavClient(CloseableHttpClient http, Optional<BearerToken> token, Faults faults) {
    this.http = http;
    this.token = token;
    this.faults = faults;
  }

  /** What a response handler makes of an answer; it may throw a {@link StorageException}. */
  private interface Answer<T> {
    T read(int code, ClassicHttpResponse response) throws IOException;
  }

  @Override
  public Optional<RemoteEntry> stat(URI url) throws IOException {
    List<Multistatus.Resource> found = propfind(url, "0");
    if (found.isEmpty()) {
      return Optional.empty();
    }
    Multistatus.Resource resource = found.get(0);
    String name = Multistatus.Resource.nameOf(Multistatus.percentDecode(url.getRawPath()));
    return Optional.of(new RemoteEntry(name.isEmpty() ? url.getHost() : name,
        resource.collection() ? 0 : resource.size(), resource.lastModified(),
        resource.collection()));
  }

  @Override
  public List<RemoteEntry> list(URI directory) throws IOException {
    // As given: a slash added to a file's URL makes Apache answer 400 where the contract wants
    // an empty listing (a file's Depth 1 PROPFIND answers the file alone, skipped below).
    String selfPath = trimSlash(Multistatus.percentDecode(directory.getRawPath()));
    List<RemoteEntry> entries = new ArrayList<>();
    for (Multistatus.Resource resource : propfind(directory, "1")) {
      String name = resource.name();
      if (trimSlash(resource.path()).equals(selfPath) || name.isEmpty() || name.contains("/")) {
        continue;
      }
      entries.add(new RemoteEntry(name, resource.collection() ? 0 : resource.size(),
          resource.lastModified(), resource.collection()));
    }
    return entries;
  }

  private List<Multistatus.Resource> propfind(URI url, String depth) throws IOException {
    HttpUriRequestBase request = request("PROPFIND", url);
    request.setHeader("Depth", depth);
    request.setEntity(new StringEntity(Multistatus.REQUEST, ContentType.APPLICATION_XML));
    return send(url, request, (code, response) -> {
      if (code == 404) {
        return List.of();
      }
      if (code != 207) {
        throw faults.status(url, code, response.getReasonPhrase());
      }
      try (InputStream body = response.getEntity().getContent()) {
        return Multistatus.parse(body);
      } catch (IOException e) {
        throw faults.transport(url, e);
      }
    });
  }

  @Override
  public void download(URI url, Path local) throws IOException {
    Path parent = local.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    Path partial = Files.createTempFile(parent, "." + local.getFileName(), ".part");
    try {
      send(url, request("GET", url), (code, response) -> {
        if (code != 200) {
          throw faults.status(url, code, response.getReasonPhrase());
        }
        try (InputStream body = response.getEntity().getContent()) {
          Files.copy(body, partial, StandardCopyOption.REPLACE_EXISTING);
        }
        return null;
      });
      Files.move(partial, local, StandardCopyOption.REPLACE_EXISTING,
          StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(partial);
    }
  }

  @Override
  public InputStream open(URI url) throws IOException {
    ClassicHttpResponse response = openGet(url);
    if (response.getCode() != 200) {
      try (response) {
        EntityUtils.consumeQuietly(response.getEntity());
        throw faults.status(url, response.getCode(), response.getReasonPhrase());
      }
    }
    return new FilterInputStream(response.getEntity().getContent()) {
      @Override
      public void close() throws IOException {
        try {
          super.close();
        } finally {
          response.close();
        }
      }
    };
  }

  /** A GET's response with its body still to read; redirects followed as in {@link #send}. */
  private ClassicHttpResponse openGet(URI url) throws IOException {
    HttpUriRequestBase request = request("GET", url);
    for (int hop = 0; ; hop++) {
      ClassicHttpResponse response;
      try {
        response = http.executeOpen(null, request, null);
      } catch (IOException e) {
        throw faults.transport(url, e);
      }
      Header location = response.getFirstHeader(HttpHeaders.LOCATION);
      if (hop == MAX_REDIRECTS || !isRedirect(response.getCode()) || location == null) {
        return response;
      }
      response.close(); // to another server, as in send: without the token
      request.setUri(DavUrls.http(url).resolve(location.getValue()));
      request.removeHeaders(HttpHeaders.AUTHORIZATION);
    }
  }

  @Override
  public void upload(Path local, URI url) throws IOException {
    URI temporary = StorageNames.temporary(url);
    try {
      int code = put(local, temporary);
      if (code == 409 || code == 404) { // a parent is missing: made only when needed
        mkdirs(DavUrls.parent(url));
        code = put(local, temporary);
      }
      if (code < 200 || code > 299) {
        throw faults.status(url, code, "to a PUT of " + temporary.getRawPath());
      }
      move(temporary, url);
    } catch (IOException | RuntimeException e) {
      // Also after a PUT whose answer was lost: the server may hold the temporary file.
      try {
        delete(temporary);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  private int put(Path local, URI url) throws IOException {
    HttpUriRequestBase request = request("PUT", url);
    // Ask before sending the body: a door that redirects or refuses does so before gigabytes.
    request.setConfig(RequestConfig.custom().setExpectContinueEnabled(true).build());
    request.setEntity(new FileEntity(local.toFile(), ContentType.APPLICATION_OCTET_STREAM));
    return send(url, request, (code, response) -> code);
  }

  /**
   * MOVE with {@code Overwrite: T}. Apache's mod_dav overwrites by removing the old file before
   * the rename, so two uploads of one file at once can see each other's removal and answer 404
   * although their source is there: such a MOVE is sent again, a few times at most.
   */
  private void move(URI from, URI to) throws IOException {
    int code = 0;
    String reason = null;
    for (int attempt = 0; attempt < MOVE_ATTEMPTS; attempt++) {
      HttpUriRequestBase request = request("MOVE", from);
      request.setHeader("Destination", DavUrls.http(to).toASCIIString());
      request.setHeader("Overwrite", "T");
      String[] said = new String[1];
      code = send(to, request, (status, response) -> {
        said[0] = response.getReasonPhrase();
        return status;
      });
      reason = said[0];
      if (code == 201 || code == 204) {
        return;
      }
      if (code != 404) {
        break;
      }
    }
    StorageException e = faults.status(to, code, reason + " to a MOVE from " + from.getRawPath());
    if (code == 404) { // the source went away: another run cleaned up, or the race went on
      throw new StorageException(StorageException.Kind.TRANSIENT, to, e.getMessage());
    }
    throw e;
  }

  @Override
  public void delete(URI url) throws IOException {
    remove(url);
  }

  @Override
  public void deleteTree(URI url) throws IOException {
    remove(DavUrls.asDirectory(url)); // a DELETE of a collection removes what it holds (RFC 4918)
  }

  private void remove(URI url) throws IOException {
    send(url, request("DELETE", url), (code, response) -> {
      if (code != 404 && (code < 200 || code > 299)) {
        throw faults.status(url, code, response.getReasonPhrase());
      }
      return null;
    });
  }

  @Override
  public void mkdirs(URI url) throws IOException {
    URI dir = DavUrls.asDirectory(url);
    int code = mkcol(dir);
    if (code == 409 && !dir.getRawPath().equals("/")) { // the parent is missing
      mkdirs(DavUrls.parent(dir));
      code = mkcol(dir);
    }
    if (code == 403 && stat(dir).map(RemoteEntry::directory).orElse(false)) {
      return; // made by another writer meanwhile: Apache's mod_dav answers 403 when its mkdir loses that race
    }
    if (code != 201 && code != 405) { // 405: it exists already
      throw faults.status(dir, code, "to a MKCOL");
    }
  }

  private int mkcol(URI dir) throws IOException {
    return send(dir, request("MKCOL", dir), (code, response) -> code);
  }

  private HttpUriRequestBase request(String method, URI url) throws IOException {
    HttpUriRequestBase request = new HttpUriRequestBase(method, DavUrls.http(url));
    if (token.isPresent()) {
      request.setHeader("Authorization", token.get().header(url));
    }
    return request;
  }

  /** Where a redirect to another server points. */
  private record Redirect(URI to) {}

  /**
   * Sends {@code request} and reads its answer. HttpClient follows redirects on one server
   * itself but not to another while the request carries a token; such a redirect (a dCache door
   * sends transfers to a pool, EOS to a disk server, with the grant in the URL) is followed here,
   * without the token, which belongs to the first server only.
   */
  @SuppressWarnings("unchecked")
  private <T> T send(URI url, HttpUriRequestBase request, Answer<T> answer) throws IOException {
    for (int hop = 0; ; hop++) {
      boolean follow = hop < MAX_REDIRECTS;
      Object result;
      try {
        result = http.execute(request, response -> {
          Header location = response.getFirstHeader(HttpHeaders.LOCATION);
          if (follow && isRedirect(response.getCode()) && location != null) {
            return new Redirect(DavUrls.http(url).resolve(location.getValue()));
          }
          return answer.read(response.getCode(), response);
        });
      } catch (IOException | IllegalArgumentException e) {
        throw faults.transport(url, e instanceof IOException io ? io : new IOException(e));
      }
      if (!(result instanceof Redirect redirect)) {
        return (T) result;
      }
      request.setUri(redirect.to());
      request.removeHeaders(HttpHeaders.AUTHORIZATION);
    }
  }

  private static boolean isRedirect(int code) {
    return code == 301 || code == 302 || code == 303 || code == 307 || code == 308;
  }

  private static String trimSlash(String path) {
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  @Override
  public void close() throws IOException {
    http.close();
  }
}
