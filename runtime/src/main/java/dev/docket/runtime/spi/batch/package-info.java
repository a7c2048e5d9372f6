/**
 * The SPI of batch backends ({@code --workflow <name>}): a backend implements
 * {@link dev.docket.runtime.spi.batch.BatchBackend}, registered for
 * {@link java.util.ServiceLoader}, submits {@link dev.docket.runtime.spi.batch.JobSubmission}s
 * rendered with {@link dev.docket.runtime.spi.batch.JobFile}, reports
 * {@link dev.docket.runtime.spi.batch.JobState}s, and runs its tools through
 * {@link dev.docket.runtime.spi.batch.Commands}.
 *
 * <p>For backends (the modules under {@code backends/}); not in the user Javadoc. A new batch
 * system implements {@code BatchBackend} in its own module and may declare a {@code docket.cfg}
 * section through {@code dev.docket.runtime.spi.config}. Depends on the user API and
 * {@code spi.config}; the job machinery in {@code internal.batch} drives it.
 */
package dev.docket.runtime.spi.batch;
