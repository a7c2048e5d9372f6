/**
 * The WebDAV storage backend ({@code protocol = webdav}; {@code davs://}, {@code https://},
 * {@code dav://}, {@code http://} bases): single requests over Apache HttpClient 5 with a small
 * RFC 4918 layer (PROPFIND, MKCOL, MOVE), TLS with a grid CA directory, an X.509 proxy or a
 * bearer token as credentials. Registered for {@link java.util.ServiceLoader} as a {@code
 * dev.docket.runtime.spi.storage.StorageProvider}.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.storage}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.webdav;
