/**
 * The runs' side of the central scheduler: {@link
 * dev.docket.backends.scheduler.client.HttpCoordinatorProvider}, found by the runtime through
 * {@link java.util.ServiceLoader} as a {@code spi.coordination.CoordinatorProvider}, registers the
 * process as a worker, claims each task before it runs and reports its state over HTTP (the
 * JDK's client, so the runs need no server library).
 */
package dev.docket.backends.scheduler.client;
