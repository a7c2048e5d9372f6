package dev.docket.backends.s3;

import java.net.URI;

/**
 * Where an {@code s3://bucket/key} URL points. A URL ending in '/' names a directory, which in S3
 * is only the prefix its keys share.
 *
 * @param bucket the bucket, the URL's authority
 * @param key the object key without a trailing '/', empty for the bucket itself
 * @param directory whether the URL ends in '/' (or names the bucket)
 */
record S3Path(String bucket, String key, boolean directory) {
  static S3Path of(URI url) {
    String bucket = url.getRawAuthority();
    if (!"s3".equalsIgnoreCase(url.getScheme()) || bucket == null || bucket.isEmpty()) {
      throw new IllegalArgumentException(url + " is not an s3://bucket/key URL");
    }
    String path = url.getPath() == null ? "" : url.getPath();
    String key = path.startsWith("/") ? path.substring(1) : path;
    boolean directory = key.isEmpty() || key.endsWith("/");
    while (key.endsWith("/")) {
      key = key.substring(0, key.length() - 1);
    }
    return new S3Path(bucket, key, directory);
  }

  /** The prefix of every key inside this path taken as a directory: {@code key/}, or empty. */
  String prefix() {
    return key.isEmpty() ? "" : key + "/";
  }

  /** The last part of the path, for a {@code RemoteEntry}: the bucket's name for the bucket. */
  String name() {
    return key.isEmpty() ? bucket : key.substring(key.lastIndexOf('/') + 1);
  }
}
