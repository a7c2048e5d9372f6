package dev.docket.runtime.task;

import java.util.List;

/**
 * The task families of one compilation, generated as {@code <Main>_TaskIndex} and registered in
 * {@code META-INF/services/dev.docket.runtime.task.TaskIndex} for {@link java.util.ServiceLoader}.
 */
public interface TaskIndex {
  List<TaskFamily<?>> families();
}
