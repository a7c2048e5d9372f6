/**
 * The command line: picocli parsing into invocations, the {@code run} and {@code list} commands,
 * graph printing and output removal, wired with Dagger.
 */
package dev.docket.runtime.cli;
