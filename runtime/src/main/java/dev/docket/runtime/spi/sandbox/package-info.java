/**
 * The SPI of sandboxes: the environment one task's {@code run()} runs in ({@code @Task(sandbox =
 * "kind::argument")} or {@code [<Family>] sandbox}). A kind is served by a {@link
 * dev.docket.runtime.spi.sandbox.SandboxProvider}, registered for {@link java.util.ServiceLoader}
 * with {@code @AutoService(SandboxProvider.class)}; it opens a {@link
 * dev.docket.runtime.spi.sandbox.Sandbox} for the argument after {@code ::}, which checks that
 * what it needs exists and turns a {@link dev.docket.runtime.spi.sandbox.SandboxLaunch} (the java
 * command that runs that one task through the generated main) into the {@link
 * dev.docket.runtime.spi.sandbox.SandboxCommand} to start.
 *
 * <p>The runtime does the rest, the same for every kind: it plans outside, holds the output
 * locks, starts the command with an argument list (never a shell string), streams its output
 * into the task's log, kills it on a timeout or an interrupt, takes its exit status (0 done, 2
 * bad input, anything else a failure) and checks the outputs outside. The value grammar ({@code
 * kind::argument}, the known kinds) is {@link dev.docket.runtime.spi.param.SandboxSpec} in
 * {@code docket-annotations}, shared with the processor.
 *
 * <p>For backends (the modules under {@code backends/}); not in the user Javadoc. A kind's own
 * settings live in a {@code [sandbox.<kind>]} section that its module registers as a {@code
 * spi.config.SettingsSection} and reads from {@link
 * dev.docket.runtime.spi.sandbox.SandboxContext#config()} with a {@link
 * dev.docket.runtime.spi.sandbox.SandboxSettingsReader} (the program, its words, the message of a
 * bad value, written once); what it keeps between runs it writes with {@link
 * dev.docket.runtime.spi.sandbox.SandboxContext#write}, whole or not at all.
 */
package dev.docket.runtime.spi.sandbox;
