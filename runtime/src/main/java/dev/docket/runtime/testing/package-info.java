/**
 * Helpers for testing tasks: {@link dev.docket.runtime.testing.TaskTester} runs a task tree in a
 * temporary store, in the test's own JVM, and returns a {@link
 * dev.docket.runtime.testing.TaskRun} to assert on. Uses only the public API of the graph and
 * execution packages.
 */
package dev.docket.runtime.testing;
