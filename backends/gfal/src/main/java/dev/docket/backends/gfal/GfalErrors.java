package dev.docket.backends.gfal;

import dev.docket.runtime.spi.batch.Commands;
import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.net.URI;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed gfal2 command means. The tools exit with the errno of the failure and print
 * {@code gfal-stat error: 13 (Permission denied) - <detail>}; a denied request, a missing plugin,
 * a full disk are permanent, with advice; anything else (a timeout, a refused connection, a
 * server's 5xx, which gfal2 reports as I/O errors) is transient.
 */
final class GfalErrors {
  static final int ENOENT = 2;
  static final int EEXIST = 17;
  private static final Pattern ERROR = Pattern.compile("error: (\\d+) \\(([^)]*)\\) - (.*)");
  private static final Map<Integer, String> PERMANENT = Map.of(
      1, "permission denied",
      13, "permission denied",
      17, "it already exists",
      20, "a part of the path is a file, not a directory",
      21, "it is a directory",
      22, "the request is invalid",
      28, "no space left",
      93, "no gfal2 plugin for this protocol",
      95, "the storage does not support this operation",
      122, "over the quota");

  private final String section;

  /** @param fs the section's name without {@code fs.}, for advice */
  GfalErrors(String fs) {
    this.section = "[fs." + fs + "]";
  }

  /** Whether the command failed because the path is not there (gfal's ENOENT). */
  static boolean notFound(Commands.Result result) {
    return result.exitCode() == ENOENT || errno(result) == ENOENT;
  }

  StorageException of(URI url, String tool, Commands.Result result) {
    int errno = errno(result);
    String detail = detail(result);
    String what = url + ": " + tool + " failed (" + detail + ")";
    if (errno == ENOENT) {
      return new StorageException(Kind.PERMANENT, url, url + ": no such file (" + detail + ")");
    }
    String meaning = PERMANENT.get(errno);
    if (meaning == null) {
      return new StorageException(Kind.TRANSIENT, url, what);
    }
    String advice = switch (errno) {
      case 1, 13 -> "; check the X.509 proxy (voms-proxy-init; proxy in " + section
          + ") or the token, and your rights on the storage";
      case 93 -> "; install the gfal2 plugin of " + url.getScheme() + ":// (Debian: apt-get install "
          + "gfal2-plugin-" + plugin(url.getScheme()) + ")";
      default -> "";
    };
    return new StorageException(Kind.PERMANENT, url, what + ": " + meaning + advice);
  }

  private static int errno(Commands.Result result) {
    Matcher m = ERROR.matcher(result.stderr());
    return m.find() ? Integer.parseInt(m.group(1)) : result.exitCode();
  }

  private static String detail(Commands.Result result) {
    Matcher m = ERROR.matcher(result.stderr());
    if (m.find()) {
      return m.group(2) + ": " + m.group(3).trim();
    }
    String text = result.stderr().isBlank() ? result.stdout() : result.stderr();
    return "exit status " + result.exitCode() + (text.isBlank() ? "" : ": " + text.strip());
  }

  private static String plugin(String scheme) {
    return switch (scheme) {
      case "gsiftp", "gridftp", "ftp" -> "gridftp";
      case "root", "xroot" -> "xrootd";
      case "http", "https", "dav", "davs", "s3", "s3s" -> "http";
      default -> scheme;
    };
  }
}
