/**
 * The SPI between generated code and the runtime: what the processor writes against. Each
 * {@code @Task} class gets a {@link dev.docket.runtime.spi.TaskFamily} ({@code Foo_Family}), a
 * {@link dev.docket.runtime.spi.TaskBuilder}-backed builder, parsing through
 * {@link dev.docket.runtime.spi.TaskArgs}, requirement wiring through
 * {@link dev.docket.runtime.spi.Requirements} and declared
 * {@link dev.docket.runtime.spi.Scheduling}; each compilation a
 * {@link dev.docket.runtime.spi.TaskIndex}, registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.docket.runtime.spi.TaskIndex}.
 * {@link dev.docket.runtime.spi.ForwardingTaskFamily} lets the runtime and tests wrap a family;
 * the compilation's generated {@code Main} starts the command line through
 * {@link dev.docket.runtime.spi.CommandLine}, so that generated code names no internal package.
 *
 * <p>Not for users' own code, and not in the user Javadoc; it changes together with the
 * processor (an analysis is compiled with the processor and run with the runtime of the same
 * version). Generated code may depend on it, on the user API and on
 * {@code dev.docket.runtime.spi.param} (the parameter grammar). The builder reads the
 * parameter defaults in force from {@link dev.docket.runtime.spi.ParamDefaults}, which the
 * internal setup of a run (or a test) installs, and finds a task object's family in the
 * {@link dev.docket.runtime.spi.TaskRegistry} of the families this process knows. The SPI depends
 * on no internal package (the internals depend on it and implement what it declares, such as
 * {@link dev.docket.runtime.spi.CommandLine.Launcher}); {@code ApiBoundaryTest} checks this.
 */
package dev.docket.runtime.spi;
