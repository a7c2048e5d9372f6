/**
 * The XRootD storage backend ({@code root://}): a {@link
 * dev.docket.runtime.spi.storage.StorageProvider} that drives the {@code xrdfs} and {@code
 * xrdcp} command line tools with argument lists, one process per request, and reads their output;
 * stats and listings go through its own small client of the protocol's metadata subset in the JVM
 * ({@link dev.docket.backends.xrootd.JvmMetadata}) where the server asks for nothing more.
 * Depends on the runtime's storage SPI only; see docs/storage.md, "XRootD".
 */
package dev.docket.backends.xrootd;
