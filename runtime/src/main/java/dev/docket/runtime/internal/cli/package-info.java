/**
 * Not API: may change without notice. The command line: picocli parsing into invocations, the
 * {@code run}, {@code list}, {@code config}, {@code history} and {@code completion} commands,
 * graph printing, output removal and fetching, wired with Dagger.
 * {@link dev.docket.runtime.internal.cli.DocketCli} is the entry point the generated main class
 * calls.
 *
 * <p>The top of the runtime: depends on every other package; nothing in the runtime depends on
 * it (generated main classes call {@code DocketCli}).
 */
package dev.docket.runtime.internal.cli;
