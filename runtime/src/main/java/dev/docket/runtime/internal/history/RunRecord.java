package dev.docket.runtime.internal.history;

/**
 * One run as the history keeps it.
 *
 * @param id the run's number, increasing
 * @param root the requested task
 * @param host where it ran
 * @param startedAt epoch milliseconds
 * @param endedAt epoch milliseconds, {@code 0} while running or when the process died
 * @param status {@code running}, {@code done}, {@code failed}, {@code interrupted} (Ctrl-C,
 *     SIGTERM)
 * @param ran tasks that ran
 * @param complete tasks that were already complete
 * @param failed tasks that failed
 * @param failedUpstream tasks that could not run because one they need failed
 */
public record RunRecord(
    long id,
    String root,
    String host,
    long startedAt,
    long endedAt,
    String status,
    long ran,
    long complete,
    long failed,
    long failedUpstream) {}
