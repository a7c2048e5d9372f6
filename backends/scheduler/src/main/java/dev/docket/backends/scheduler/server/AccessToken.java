package dev.docket.backends.scheduler.server;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.EnumSet;
import java.util.Set;

/**
 * The secret every API call and the page must present. Generated at the first start (32 random
 * bytes) into a file only its owner can read, and read from there at later starts, so that
 * workers and open pages keep working across a restart. A file others can read is refused:
 * the token would be everybody's.
 */
final class AccessToken {
  private static final Set<PosixFilePermission> OWNER_ONLY =
      EnumSet.of(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);

  private final byte[] value;

  private AccessToken(String value) {
    this.value = value.getBytes(StandardCharsets.US_ASCII);
  }

  String value() {
    return new String(value, StandardCharsets.US_ASCII);
  }

  /** Whether {@code presented} is the token, in time that does not depend on where they differ. */
  boolean matches(String presented) {
    return presented != null
        && MessageDigest.isEqual(value, presented.getBytes(StandardCharsets.US_ASCII));
  }

  /** Reads the token in {@code file}, or writes a new one there. */
  static AccessToken loadOrCreate(Path file) throws IOException {
    if (Files.exists(file)) {
      Set<PosixFilePermission> permissions = Files.getPosixFilePermissions(file);
      if (!OWNER_ONLY.containsAll(permissions)) {
        throw new IOException(
            "the token file " + file + " can be read by others ("
                + PosixFilePermissions.toString(permissions) + "): run chmod 600 " + file
                + ", or remove it to have a new token made");
      }
      String token = Files.readString(file, StandardCharsets.US_ASCII).strip();
      if (token.isEmpty()) {
        throw new IOException("the token file " + file + " is empty: remove it to have a new token made");
      }
      return new AccessToken(token);
    }
    byte[] random = new byte[32];
    new SecureRandom().nextBytes(random);
    String token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
    Path parent = file.toAbsolutePath().getParent();
    Files.createDirectories(parent);
    // Created owner-only from the start, then moved into place: never readable by others,
    // never half-written.
    Path temporary =
        Files.createTempFile(parent, ".token", ".tmp", PosixFilePermissions.asFileAttribute(OWNER_ONLY));
    try {
      Files.writeString(temporary, token + "\n", StandardCharsets.US_ASCII);
      Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      Files.deleteIfExists(temporary);
      return loadOrCreate(file);
    } finally {
      Files.deleteIfExists(temporary);
    }
    return new AccessToken(token);
  }
}
