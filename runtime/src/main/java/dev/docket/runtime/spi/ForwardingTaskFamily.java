package dev.docket.runtime.spi;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.List;
import java.util.function.Consumer;

/**
 * A family that passes every call to another, for families that change one part of a
 * generated one (a workflow's adds its branches; a test's may fail one check): subclasses
 * override what they change and nothing else.
 */
public abstract class ForwardingTaskFamily<T> implements TaskFamily<T> {
  private final TaskFamily<T> delegate;

  protected ForwardingTaskFamily(TaskFamily<T> delegate) {
    this.delegate = delegate;
  }

  /** The family every call not overridden goes to. */
  protected final TaskFamily<T> delegate() {
    return delegate;
  }

  @Override
  public String name() {
    return delegate.name();
  }

  @Override
  public String description() {
    return delegate.description();
  }

  @Override
  public Class<T> type() {
    return delegate.type();
  }

  @Override
  public List<ParamSpec<?>> params() {
    return delegate.params();
  }

  @Override
  public T create(ParamValues values) {
    return delegate.create(values);
  }

  @Override
  public ParamValues values(T task) {
    return delegate.values(task);
  }

  @Override
  public void requirements(T task, Requirements sink) throws Exception {
    delegate.requirements(task, sink);
  }

  @Override
  public void outputs(T task, Consumer<Target> sink) throws Exception {
    delegate.outputs(task, sink);
  }

  @Override
  public void run(T task, TaskContext context) throws Exception {
    delegate.run(task, context);
  }

  @Override
  public Scheduling scheduling() {
    return delegate.scheduling();
  }

  @Override
  public String sandbox() {
    return delegate.sandbox();
  }

  @Override
  public boolean coordinates(T task) {
    return delegate.coordinates(task);
  }

  @Override
  public TaskId id(T task) {
    return delegate.id(task);
  }
}
