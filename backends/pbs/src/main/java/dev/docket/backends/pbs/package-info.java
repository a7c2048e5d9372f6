/**
 * The PBS batch backend ({@code --workflow pbs}), for PBS Professional and OpenPBS: a submission
 * is one job array ({@code qsub -J}) or a few, polled with {@code qstat -x -f -t} and cancelled
 * with {@code qdel}; the {@code [pbs]} section of {@code docket.cfg} ({@code PbsSettings},
 * declared by {@code PbsSection}) becomes {@code #PBS} lines of a submission script rendered from
 * a replaceable template ({@code PbsScript}). Registered for {@link java.util.ServiceLoader} as a
 * {@code dev.docket.runtime.spi.batch.BatchBackend} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}. Tested against stand-in commands only
 * (see the module's README): PBS cannot be installed here.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.batch}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.pbs;
