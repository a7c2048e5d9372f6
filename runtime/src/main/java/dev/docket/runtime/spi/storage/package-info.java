/**
 * The SPI of remote storage ({@code RemoteFileTarget} over {@code [fs.<name>]} sections): a
 * protocol implements {@link dev.docket.runtime.spi.storage.StorageProvider}, registered for
 * {@link java.util.ServiceLoader}, whose {@link dev.docket.runtime.spi.storage.StorageClient}
 * makes single requests on one base URL (stat, list, download, atomic upload, delete, mkdirs)
 * and classifies its faults with {@link dev.docket.runtime.spi.storage.StorageException}.
 *
 * <p>For backends (the modules under {@code backends/}); not in the user Javadoc. Depends on the
 * user API ({@code Target}'s time constants) and {@code spi.config}; the runtime's remote-storage
 * internals drive it and add retries, failover, the cache, batched existence checks and
 * containment under the base.
 */
package dev.docket.runtime.spi.storage;
