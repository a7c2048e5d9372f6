/**
 * The XRootD storage backend ({@code root://}): a {@link
 * dev.docket.runtime.spi.storage.StorageProvider} that drives the {@code xrdfs} and {@code
 * xrdcp} command line tools with argument lists, one process per request, and reads their output.
 * Depends on the runtime's storage SPI only; see docs/storage.md, "XRootD".
 */
package dev.docket.backends.xrootd;
