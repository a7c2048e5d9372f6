/**
 * Not API: may change without notice. The task families a process knows
 * ({@link dev.docket.runtime.internal.task.TaskRegistry}, from every {@code TaskIndex} on the class
 * path). (Where parameter values come from when no one sets them is the SPI's
 * {@link dev.docket.runtime.spi.ParamDefaults}, which the builder of generated code reads.)
 *
 * <p>Depends on {@code spi} and {@code spi.param}; the SPI's builder, the graph,
 * the executor, the configuration, the workflow support, the command line, {@code script} and
 * {@code testing} use it.
 */
package dev.docket.runtime.internal.task;
