/**
 * The LSF batch backend ({@code --workflow lsf}): a submission is one or more job arrays
 * ({@code bsub -J "name[1-20]"} reading a {@code #BSUB} script rendered from a replaceable
 * template), polled with {@code bjobs -o} (pending reasons and exit codes) and cancelled with
 * {@code bkill}; the {@code [lsf]} section of {@code docket.cfg} ({@code LsfSettings}, declared
 * by {@code LsfSection}) becomes {@code #BSUB} lines and {@code bsub} arguments. Tested against
 * stand-in commands only (see the module's README). Registered for {@link java.util.ServiceLoader}
 * as a {@code dev.docket.runtime.spi.batch.BatchBackend} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.batch}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.lsf;
