/**
 * The HTCondor batch backend ({@code --workflow htcondor}): a submission is one cluster
 * ({@code condor_submit} of a description rendered from a replaceable template, one proc per job),
 * polled with {@code condor_q -json} and {@code condor_history -json} and cancelled with
 * {@code condor_rm}; the {@code [htcondor]} section of {@code docket.cfg} ({@code HTCondorSettings},
 * declared by {@code HTCondorSection}) adds submit commands. Registered for
 * {@link java.util.ServiceLoader} as a {@code dev.docket.runtime.spi.batch.BatchBackend} and a
 * {@code dev.docket.runtime.spi.config.ConfigSection}.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.batch}, {@code spi.config}); nothing depends on it.
 */
package dev.docket.backends.htcondor;
