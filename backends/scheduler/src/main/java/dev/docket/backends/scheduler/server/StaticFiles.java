package dev.docket.backends.scheduler.server;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Map;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * The page: {@code /} is {@code web/index.html} and {@code /static/<path>} is {@code web/<path>}
 * among this module's resources ({@code dev/docket/backends/scheduler/web/}). Only plain names
 * are served: a path with {@code ..}, a backslash or an empty segment is not.
 */
final class StaticFiles {
  static final String ROOT = "/dev/docket/backends/scheduler/web/";

  private static final Map<String, String> TYPES =
      Map.of(
          "html", "text/html; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "css", "text/css; charset=utf-8",
          "svg", "image/svg+xml",
          "png", "image/png",
          "json", "application/json",
          "ico", "image/x-icon");

  /** Serves {@code path} if it is a file of the page; false otherwise. */
  boolean serve(String path, Response response, Callback callback) throws IOException {
    String name;
    if (path.equals("/") || path.equals("/index.html")) {
      name = "index.html";
    } else if (path.startsWith("/static/")) {
      name = path.substring("/static/".length());
    } else {
      return false;
    }
    if (name.isEmpty() || name.contains("..") || name.contains("\\") || name.contains("//")
        || name.startsWith("/")) {
      return false;
    }
    byte[] content;
    try (InputStream in = StaticFiles.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        return false;
      }
      content = in.readAllBytes();
    }
    String extension = name.substring(name.lastIndexOf('.') + 1);
    response.setStatus(200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, TYPES.getOrDefault(extension, "application/octet-stream"));
    response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-cache");
    response.write(true, ByteBuffer.wrap(content), callback);
    return true;
  }
}
