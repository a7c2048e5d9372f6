/**
 * Not API: may change without notice. The job machinery of workflows run on a batch system:
 * {@link dev.docket.runtime.internal.batch.JobManager} groups a workflow's incomplete branches into
 * jobs, submits them through a {@code BatchBackend}, polls and retries them, keeps the submission
 * record and directory (one driving client, by a lock), and reports; {@code --cancel-jobs} and
 * {@code --cleanup-jobs} ({@link dev.docket.runtime.internal.batch.JobActions}); the {@code [job]}
 * section; the lookup of backends by name ({@link dev.docket.runtime.internal.batch.BatchBackends}).
 *
 * <p>Depends on the user API, {@code spi}, {@code spi.batch}, {@code spi.config},
 * {@code internal.exec}, {@code internal.store}, {@code internal.remote} (the storage counts of
 * jobs) and {@code internal.workflow} (it implements
 * {@code RemoteRunner}); only {@code internal.cli} uses it, and backends' tests.
 */
package dev.docket.runtime.internal.batch;
