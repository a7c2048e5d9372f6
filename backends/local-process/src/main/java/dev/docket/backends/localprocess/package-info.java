/**
 * The {@code local-process} batch backend ({@code --workflow local-process}): jobs are detached
 * child processes of this machine, so a workflow's job machinery can be used, and tested,
 * without a cluster. Registered for {@link java.util.ServiceLoader} as a
 * {@code dev.docket.runtime.spi.batch.BatchBackend}.
 *
 * <p>Depends only on the runtime's SPI ({@code spi.batch}, {@code spi.config}) and user API;
 * nothing depends on it (it is found on the class path at run time).
 */
package dev.docket.backends.localprocess;
