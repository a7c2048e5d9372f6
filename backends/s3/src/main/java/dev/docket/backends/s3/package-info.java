/**
 * The S3 storage backend ({@code s3://bucket/prefix/} bases, or {@code protocol = s3}): the AWS
 * SDK v2 with the JDK's HTTP client, path-style, against AWS or any S3-compatible store (Ceph,
 * MinIO, EOS's S3 gateway, s3proxy). {@link dev.docket.backends.s3.S3Provider} reads the
 * section's options ({@link dev.docket.backends.s3.S3Options}); {@link
 * dev.docket.backends.s3.S3Storage} maps the storage SPI onto keys: S3 has no directories, so a
 * directory is a key prefix, {@code mkdirs} writes an empty {@code prefix/} marker object, and a
 * single PutObject (or a completed multipart upload) is the atomic commit of an upload.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.storage}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.s3;
