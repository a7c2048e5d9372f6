/**
 * Not API: may change without notice. Running a planned graph: a scheduler over a pool of
 * workers, output locks, retries and time limits, progress lines and the end-of-run summary
 * (the user API's {@code RunSummary}).
 *
 * <p>Depends on the user API, {@code spi}, {@code internal.graph}, {@code internal.store}
 * and {@code internal.options}; the command line, {@code script},
 * {@code testing}, the configuration (run settings) and the job machinery use it.
 */
package dev.docket.runtime.internal.exec;
