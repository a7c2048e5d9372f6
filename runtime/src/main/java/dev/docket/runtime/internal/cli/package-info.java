/**
 * Not API: may change without notice. The command line: picocli parsing into invocations, the
 * {@code run}, {@code list}, {@code config}, {@code history} and {@code completion} commands,
 * graph printing, output removal and fetching, wired with Dagger.
 * {@link dev.docket.runtime.internal.cli.DocketCli} is its entry point, which the generated main
 * class reaches through the SPI's {@code CommandLine}.
 *
 * <p>The top of the runtime: depends on every other package; nothing in the runtime depends on
 * it but {@code spi.CommandLine}, the generated main classes' way in.
 */
package dev.docket.runtime.internal.cli;
