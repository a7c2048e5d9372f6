/**
 * The Slurm batch backend ({@code --workflow slurm}): a submission is one or more job arrays
 * ({@code sbatch --array}), polled with {@code squeue} (no accounting database needed) and
 * cancelled with {@code scancel}; the {@code [slurm]} section of {@code docket.cfg}
 * ({@code SlurmSettings}, declared by {@code SlurmSection}) becomes {@code sbatch} options.
 * Registered for {@link java.util.ServiceLoader} as a
 * {@code dev.docket.runtime.spi.batch.BatchBackend} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.batch}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time). A new batch system is a
 * module like this one.
 */
package dev.docket.backends.slurm;
