package dev.docket.jupyter;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/** Escaping, and links to outputs that a notebook page can follow. */
final class Html {
  private Html() {}

  static String escape(String text) {
    StringBuilder escaped = new StringBuilder(text.length());
    for (char c : text.toCharArray()) {
      switch (c) {
        case '<' -> escaped.append("&lt;");
        case '>' -> escaped.append("&gt;");
        case '&' -> escaped.append("&amp;");
        case '"' -> escaped.append("&quot;");
        default -> escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /**
   * A link to an output as {@code Target.describe()} names it: a file below the notebook's
   * directory (the kernel's working directory) by a relative link, which Jupyter serves; another
   * file by a file: URL; a URL as itself.
   */
  static String link(String described) {
    String href = href(described);
    if (href == null) {
      return "<code>" + escape(described) + "</code>";
    }
    // below the notebook, the path from there is shorter and says as much
    String shown = href.contains(":") ? described : Path.of("").toAbsolutePath().relativize(Path.of(described).normalize()).toString();
    return "<a href=\"" + escape(href) + "\" target=\"_blank\" title=\"" + escape(described) + "\"><code>"
        + escape(shown) + "</code></a>";
  }

  static String href(String described) {
    if (described.startsWith("http://") || described.startsWith("https://")) {
      return described;
    }
    if (!described.startsWith("/")) {
      return null; // root://, s3://, davs:// (no page can follow these), or not a path at all
    }
    Path path = Path.of(described).normalize();
    Path here = Path.of("").toAbsolutePath();
    if (path.startsWith(here)) {
      return relative(here.relativize(path));
    }
    return path.toUri().toString();
  }

  /** The path's parts percent-encoded, joined with '/'. */
  private static String relative(Path path) {
    StringBuilder href = new StringBuilder();
    for (Path part : path) {
      if (href.length() > 0) {
        href.append('/');
      }
      href.append(URLEncoder.encode(part.toString(), StandardCharsets.UTF_8).replace("+", "%20"));
    }
    return href.toString();
  }
}
