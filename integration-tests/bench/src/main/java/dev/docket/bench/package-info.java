/**
 * Benchmark analyses and the in-process measurements of docs/performance.md
 * ({@link dev.docket.bench.Throughput}: heap of a planned graph, executor throughput). Task
 * shapes ({@code Tree}, {@code Flag}, ...) are compiled with the processor like any analysis.
 *
 * <p>Not shipped; depends on the runtime (user API and internals it measures directly) and
 * nothing depends on it.
 */
package dev.docket.bench;
