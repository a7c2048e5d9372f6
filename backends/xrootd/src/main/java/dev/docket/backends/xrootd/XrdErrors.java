package dev.docket.backends.xrootd;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.net.URI;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a failed {@code xrdfs}/{@code xrdcp} meant. The tools' exit codes say little (51 for a
 * refused connection and for a bad host alike, 54 for every server error), so the server's
 * {@code [30xx]} error code in their message decides, and the client library's own words where
 * the server was never reached.
 */
final class XrdErrors {
  private static final Pattern SERVER_CODE = Pattern.compile("\\[(30\\d\\d)\\]");

  /** kXR_NotAuthorized, kXR_SigVerErr, kXR_TLSRequired, kXR_AuthFailed. */
  private static final Set<Integer> DENIED = Set.of(3010, 3022, 3028, 3030);
  /** kXR_NoSpace, kXR_overQuota, kXR_fsReadOnly. */
  private static final Set<Integer> FULL = Set.of(3009, 3021, 3025);
  /**
   * Requests the server can never grant: bad or missing arguments, an invalid request,
   * unsupported, not a file, a directory, already exists, impossible.
   */
  private static final Set<Integer> REFUSED = Set.of(3000, 3001, 3002, 3006, 3013, 3015, 3016, 3018, 3031);

  private static final String DENIED_ADVICE = "access denied: check your credentials (an X.509 proxy"
      + " from voms-proxy-init in X509_USER_PROXY, or a token in BEARER_TOKEN) and that they"
      + " may write there";

  private XrdErrors() {}

  /** Whether the server said the path does not exist (kXR_NotFound). */
  static boolean missing(ToolRun.Result result) {
    Integer code = serverCode(result);
    return code != null ? code == 3011 : text(result).toLowerCase(Locale.ROOT).contains("no such file");
  }

  /** Whether the server refused because the target exists (kXR_ItExists). */
  static boolean exists(ToolRun.Result result) {
    Integer code = serverCode(result);
    return code != null ? code == 3018 : text(result).toLowerCase(Locale.ROOT).contains("file exists");
  }

  /** The fault a failed run stands for, its message naming {@code url} and what to do. */
  static StorageException failure(ToolRun.Result result, URI url) {
    String tool = Path.of(result.command().get(0)).getFileName().toString();
    return failure(serverCode(result), tool + ": " + summary(result), url);
  }

  /**
   * The fault of a request the server refused with {@code code} and {@code message}, as Docket's
   * own client reads them off the wire.
   */
  static StorageException refused(int code, String message, URI url) {
    return failure(code, "the server refused it: [" + code + "] " + message, url);
  }

  private static StorageException failure(Integer code, String said, URI url) {
    String lower = said.toLowerCase(Locale.ROOT);
    if ((code != null && DENIED.contains(code)) || lower.contains("auth failed")
        || lower.contains("permission denied")) {
      return new StorageException(Kind.PERMANENT, url, url + ": " + said + "; " + DENIED_ADVICE);
    }
    if (code != null && FULL.contains(code)) {
      return new StorageException(Kind.PERMANENT, url,
          url + ": " + said + "; the storage is full, over quota or read-only there");
    }
    // kXR_FSError (3005) is also what a path through a file gets: no retry makes that work.
    if ((code != null && REFUSED.contains(code)) || lower.contains("not a directory")
        || lower.contains("is a directory")) {
      return new StorageException(Kind.PERMANENT, url, url + ": " + said);
    }
    if (lower.contains("invalid address") || lower.contains("invalid url")) {
      return new StorageException(Kind.PERMANENT, url,
          url + ": " + said + "; check the host in the section's base");
    }
    // A refused or dropped connection, an expired request, a server error: worth another try.
    return new StorageException(Kind.TRANSIENT, url, url + ": " + said);
  }

  private static Integer serverCode(ToolRun.Result result) {
    Matcher m = SERVER_CODE.matcher(text(result));
    return m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  /** The tool's error line, e.g. {@code [FATAL] Connection error}; its exit code if it printed none. */
  static String summary(ToolRun.Result result) {
    for (String line : text(result).split("\n")) {
      int at = Math.max(line.indexOf("[ERROR]"), line.indexOf("[FATAL]"));
      if (at >= 0) {
        // The server's message may end in its C string's NUL before the tool's own suffix.
        return line.substring(at).replaceAll("[\\s\\p{Cntrl}]+", " ").trim();
      }
    }
    String err = result.stderr().strip();
    return err.isEmpty() ? "exit status " + result.exitCode() : err.lines().reduce((a, b) -> b).orElse(err);
  }

  private static String text(ToolRun.Result result) {
    return result.stderr() + "\n" + result.stdout();
  }
}
