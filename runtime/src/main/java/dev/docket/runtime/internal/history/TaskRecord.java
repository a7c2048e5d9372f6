package dev.docket.runtime.internal.history;

/**
 * One task's outcome in one run.
 *
 * @param task the task, as in {@code Selection(dataset=ttbar, minJets=4, version=v1)}
 * @param status the outcome: {@code RAN}, {@code FAILED}, {@code FAILED_UPSTREAM},
 *     {@code INTERRUPTED}, {@code NOT_STARTED} (already complete tasks are counted in the run, not listed)
 * @param startedAt epoch milliseconds, {@code 0} when it did not start
 * @param endedAt epoch milliseconds, {@code 0} when it did not start
 * @param error the first line of the failure, or empty
 * @param host where it ran
 */
public record TaskRecord(
    String task, String status, long startedAt, long endedAt, String error, String host) {}
