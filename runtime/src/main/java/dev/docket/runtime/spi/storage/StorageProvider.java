package dev.docket.runtime.spi.storage;

import dev.docket.runtime.spi.config.DocketConfig;
import java.io.IOException;
import java.net.URI;
import java.util.List;
import java.util.Set;

/**
 * A storage protocol behind {@code RemoteFileTarget}: XRootD, WebDAV, S3, gfal2, the local
 * {@code file://} one. Found with {@link java.util.ServiceLoader} (a backend registers itself with
 * {@code @AutoService(StorageProvider.class)}); the runtime picks the provider of a {@code
 * [fs.<name>]} section by its {@code protocol} key, else by the scheme of its first {@code base}.
 *
 * <p>A provider knows only single requests on one base. Retries with back-off, failover across
 * several bases, the local cache, batched existence checks and the rule that nothing is written
 * outside a base are the runtime's, the same for every protocol.
 */
public interface StorageProvider {
  /** The value of {@code protocol =} that selects it, e.g. {@code xrootd}; also used in messages. */
  String name();

  /** The URL schemes it serves when no {@code protocol} is configured, e.g. {@code root, xroot}. */
  Set<String> schemes();

  /**
   * The keys of {@code [fs.<name>]} this provider reads beyond the common ones ({@code base},
   * {@code protocol}, {@code cache}, {@code cache-size}, {@code retries}, {@code retry-delay},
   * {@code timeout}), e.g. {@code ca-dir}, {@code token-file}; a section with any other key is
   * refused before anything runs.
   */
  List<String> options();

  /**
   * Checks this provider's options of {@code [section]} before anything runs: a value that would
   * fail later (a missing CA directory, an unreadable token file, a tool not installed) is refused
   * now with a {@link dev.docket.runtime.BadInputException} naming it and its line ({@link
   * DocketConfig#where(String, String)}). The default checks nothing.
   */
  default void check(DocketConfig config, String section) {}

  /**
   * A client for one base URL of a section. It is opened once per run (or job) and closed at its
   * end; it must be safe to use from several task threads at once.
   */
  StorageClient open(StorageSettings settings, URI base) throws IOException;
}
