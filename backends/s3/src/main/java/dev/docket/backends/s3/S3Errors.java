package dev.docket.backends.s3;

import dev.docket.runtime.spi.storage.StorageException;
import dev.docket.runtime.spi.storage.StorageException.Kind;
import java.net.URI;
import java.util.Set;
import software.amazon.awssdk.awscore.exception.AwsServiceException;
import software.amazon.awssdk.core.exception.SdkException;

/**
 * What an SDK exception means for the runtime: denied and malformed requests are permanent, with
 * advice; a 5xx, throttling, a timeout or a broken connection is transient and retried.
 */
final class S3Errors {
  private static final Set<String> CREDENTIALS =
      Set.of("InvalidAccessKeyId", "SignatureDoesNotMatch", "AccessDenied", "InvalidToken",
          "ExpiredToken", "InvalidSecurity");
  private static final Set<String> TRANSIENT =
      Set.of("SlowDown", "Throttling", "ThrottlingException", "RequestTimeout",
          "InternalError", "ServiceUnavailable", "OperationAborted");

  private final String section;

  /** @param fs the section's name without {@code fs.}, for advice */
  S3Errors(String fs) {
    this.section = "[fs." + fs + "]";
  }

  /** Whether {@code e} says that there is no such key (or, for a HEAD, nothing at all). */
  static boolean notFound(SdkException e) {
    return e instanceof AwsServiceException service
        && service.statusCode() == 404
        && !"NoSuchBucket".equals(code(service));
  }

  StorageException of(URI url, SdkException e) {
    if (!(e instanceof AwsServiceException service)) {
      // No answer from the server: refused, reset, timed out.
      return new StorageException(Kind.TRANSIENT, url, url + ": " + e.getMessage(), e);
    }
    int status = service.statusCode();
    String code = code(service);
    String what = url + ": " + status + (code.isEmpty() ? "" : " " + code);
    if ("NoSuchBucket".equals(code)) {
      return new StorageException(Kind.PERMANENT, url, what + ": the bucket '" + url.getRawAuthority()
          + "' does not exist; create it, or fix base in " + section, e);
    }
    if (status == 404) {
      return new StorageException(Kind.PERMANENT, url, what + ": no such file", e);
    }
    if (status == 403 || CREDENTIALS.contains(code)) {
      return new StorageException(Kind.PERMANENT, url, what + ": access denied; check access-key "
          + "and secret-key (or credentials-file) in " + section + " and the bucket's permissions", e);
    }
    if (status >= 500 || status == 429 || TRANSIENT.contains(code)) {
      return new StorageException(Kind.TRANSIENT, url, what + " (the server may be overloaded)", e);
    }
    String message = service.awsErrorDetails() == null ? null : service.awsErrorDetails().errorMessage();
    return new StorageException(Kind.PERMANENT, url, what + (message == null ? "" : ": " + message), e);
  }

  private static String code(AwsServiceException e) {
    return e.awsErrorDetails() == null || e.awsErrorDetails().errorCode() == null
        ? ""
        : e.awsErrorDetails().errorCode();
  }
}
