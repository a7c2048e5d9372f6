package dev.docket.backends.webdav;

import java.net.URI;
import java.util.Map;

/** The URL schemes of WebDAV: {@code davs}/{@code dav} are https/http under a name grid tools use. */
final class DavUrls {
  private static final Map<String, String> HTTP =
      Map.of("davs", "https", "https", "https", "dav", "http", "http", "http");

  private DavUrls() {}

  /** Whether the backend serves {@code scheme}. */
  static boolean serves(String scheme) {
    return scheme != null && HTTP.containsKey(scheme.toLowerCase(java.util.Locale.ROOT));
  }

  /** The URL to send: {@code davs://h/p} as {@code https://h/p}, encoding kept. */
  static URI http(URI url) {
    String scheme = url.getScheme().toLowerCase(java.util.Locale.ROOT);
    String http = HTTP.get(scheme);
    if (http == null) {
      throw new IllegalArgumentException("not a WebDAV URL: " + url);
    }
    return URI.create(http + url.toString().substring(scheme.length()));
  }

  /** The URL with a trailing '/', as a collection's is written. */
  static URI asDirectory(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? url : URI.create(text + "/");
  }

  /** The directory that holds {@code url}, ending in '/'. */
  static URI parent(URI url) {
    String path = url.getRawPath();
    String trimmed = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
    return url.resolve(trimmed.substring(0, trimmed.lastIndexOf('/') + 1));
  }
}
