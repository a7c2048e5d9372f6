package dev.docket.processor.writing;

import dev.docket.processor.model.TaskModel;
import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * A generator of one of the per-task files ({@code Foo_Params}, {@code Foo_Family},
 * {@code Foo_Builder}): each derives from exactly its task class, which keeps them isolating
 * for incremental builds.
 */
abstract class TaskFileGenerator extends SourceFileGenerator<TaskModel> {
  TaskFileGenerator(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  protected final List<? extends Element> origins(TaskModel task) {
    return List.of(task.element());
  }
}
