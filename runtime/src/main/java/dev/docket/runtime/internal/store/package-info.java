/**
 * Not API: may change without notice. The local store behind {@code LocalFileTarget}: where
 * relative output paths resolve ({@link LocalStore}, {@link StorePaths}), the rule that keeps
 * writes inside it ({@link StoreContainment}), the check that it can be used
 * ({@link StoreDirectory}), whole-file writes through a temporary sibling ({@link AtomicFiles})
 * and the sweeping of abandoned ones, file locks shared between processes ({@link FileLocks}),
 * and the marker of targets made of other tasks' outputs ({@link CompositeTarget}).
 *
 * <p>Formerly {@code dev.docket.runtime.target}, a name tools skip as Maven's build folder.
 * Depends on the user API and, to check the outputs a family's parameter values lead to
 * ({@link StoreContainment}), on the SPI; the user API ({@code LocalFileTarget}), the executor,
 * the workflow support and the command line use it. Remote storage is beside
 * it, in {@code internal.remote}.
 */
package dev.docket.runtime.internal.store;
