package dev.docket.runtime.spi;

import java.util.List;

/**
 * The task families of one compilation, generated as {@code <Main>_TaskIndex} and registered in
 * {@code META-INF/services/dev.docket.runtime.spi.TaskIndex} for {@link java.util.ServiceLoader}.
 */
public interface TaskIndex {
  List<TaskFamily<?>> families();
}
