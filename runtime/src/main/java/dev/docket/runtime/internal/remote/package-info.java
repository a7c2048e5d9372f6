/**
 * Not API: may change without notice. Remote storage behind {@code RemoteFileTarget}: the
 * {@code [fs.<name>]} sections of {@code docket.cfg} ({@link FsSection}, {@link FsSettings}),
 * the lookup of a protocol's {@code StorageProvider} ({@link StorageProviders}), the registry of
 * configured file systems installed for a run ({@link RemoteStorage}), one file system's
 * requests with retries and failover across its bases ({@link RemoteFs}, {@link Attempts}), the
 * rule that a path never leaves its base ({@link RemotePaths}, {@link RemoteContainment}),
 * existence answered from directory listings while a graph is planned ({@link
 * ExistenceSnapshot}), the local cache ({@link RemoteCache}) and the built-in {@code file://}
 * protocol ({@link FileStorageProvider}).
 *
 * <p>Depends on the user API, the storage and config SPIs and {@code internal.store} (atomic
 * local files, file locks, the parameter blame of unsafe paths); the user API's {@code
 * RemoteFileTarget}, the planner, the run setup and the command line use it.
 */
package dev.docket.runtime.internal.remote;
