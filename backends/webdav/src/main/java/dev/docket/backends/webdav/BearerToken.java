package dev.docket.backends.webdav;

import dev.docket.runtime.spi.storage.StorageException;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Optional;

/**
 * The bearer token of a section: {@code token} as written, or the content of {@code token-file},
 * read again whenever the file changes (tokens are short-lived; an agent such as {@code
 * oidc-agent} or HTCondor's credd rewrites the file while a run goes on). Its value never
 * appears in a message or {@link #toString()}.
 */
final class BearerToken {
  private final String fs;
  private final String fixed;
  private final Path file;
  private FileTime readAt;
  private String fromFile;

  private BearerToken(String fs, String fixed, Path file) {
    this.fs = fs;
    this.fixed = fixed;
    this.file = file;
  }

  static Optional<BearerToken> of(String fs, Optional<String> token, Optional<String> tokenFile) {
    if (token.isPresent()) {
      return Optional.of(new BearerToken(fs, token.get().trim(), null));
    }
    return tokenFile.map(f -> new BearerToken(fs, null, Path.of(f)));
  }

  /** The {@code Authorization} header's value for a request to {@code url}. */
  String header(URI url) throws IOException {
    return "Bearer " + value(url);
  }

  /** What to check when the server refuses the token. */
  String advice() {
    return fixed != null
        ? "check token in [fs." + fs + "] (expired, or not allowed here?)"
        : "check the token in " + file + " (token-file of [fs." + fs + "]: expired, or not allowed"
            + " here?)";
  }

  private synchronized String value(URI url) throws IOException {
    if (fixed != null) {
      return fixed;
    }
    try {
      FileTime modified = Files.getLastModifiedTime(file);
      if (!modified.equals(readAt)) {
        fromFile = Files.readString(file, StandardCharsets.UTF_8).trim();
        readAt = modified;
      }
    } catch (IOException e) {
      throw new StorageException(StorageException.Kind.PERMANENT, url, url + ": cannot read the"
          + " token-file " + file + " of [fs." + fs + "]: " + e.getMessage(), e);
    }
    if (fromFile.isEmpty()) {
      throw new StorageException(StorageException.Kind.PERMANENT, url, url + ": the token-file "
          + file + " of [fs." + fs + "] is empty; write the token into it");
    }
    return fromFile;
  }

  @Override
  public String toString() {
    return fixed != null ? "token of [fs." + fs + "]" : "token-file " + file;
  }
}
