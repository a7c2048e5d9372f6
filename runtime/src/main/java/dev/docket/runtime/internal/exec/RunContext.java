package dev.docket.runtime.internal.exec;

import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.coordination.TaskChannel;
import java.util.Optional;

/**
 * The {@link TaskContext} of one running task: its identity, the run's log, and dynamic
 * dependencies, which the executor plans and runs on the task's own worker thread; status,
 * progress and messages go through the run's scheduler, if any ({@link TaskChannel}).
 */
final class RunContext implements TaskContext {
  /** Runs a dynamic dependency to completion or throws why it could not. */
  interface DynamicRequirements {
    void require(TaskId requester, Object task) throws Exception;
  }

  private final TaskId id;
  private final Reporter reporter;
  private final DynamicRequirements dynamic;
  private final TaskChannel channel;
  private volatile boolean completedElsewhere;

  RunContext(TaskId id, Reporter reporter, DynamicRequirements dynamic) {
    this(id, reporter, dynamic, TaskChannel.NONE);
  }

  RunContext(TaskId id, Reporter reporter, DynamicRequirements dynamic, TaskChannel channel) {
    this.id = id;
    this.reporter = reporter;
    this.dynamic = dynamic;
    this.channel = channel;
  }

  @Override
  public void setStatusMessage(String message) {
    channel.status(message);
  }

  @Override
  public void setProgress(double fraction) {
    channel.progress(Double.isNaN(fraction) ? 0 : Math.max(0, Math.min(1, fraction)));
  }

  @Override
  public void setTrackingUrl(String url) {
    channel.trackingUrl(url);
  }

  @Override
  public Optional<Message> nextMessage() {
    return channel.nextMessage();
  }

  @Override
  public TaskId id() {
    return id;
  }

  @Override
  public void log(String message) {
    reporter.log(id, message);
  }

  @Override
  public void completedElsewhere() {
    completedElsewhere = true;
  }

  /** Whether the task said that another run did its work ({@link #completedElsewhere()}). */
  boolean saidCompletedElsewhere() {
    return completedElsewhere;
  }

  @Override
  public <T> T require(T task) throws Exception {
    dynamic.require(id, task);
    return task;
  }
}
