/**
 * Not API: may change without notice. Setting up a run, once for the three ways in: the command
 * line ({@code run}), {@link dev.docket.runtime.script.Docket} and
 * {@link dev.docket.runtime.testing.TaskTester}. {@link RunSetup} checks the configuration and
 * the store, installs the process-wide state a run needs (the store of relative paths, the
 * parameter defaults) and undoes it on close, and plans and runs a task. Users reach it through
 * those three. It depends on {@code internal.config}, {@code internal.exec},
 * {@code internal.graph}, {@code internal.store}, {@code internal.workflow}
 * and the SPI; only the entry points depend on it.
 */
package dev.docket.runtime.internal.setup;
