package dev.docket.processor.writing;

import java.util.List;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * A generator of one of the compilation's files ({@code Main}, {@code Main_TaskIndex}): each
 * derives from every task class of the compilation, which makes the processor aggregating for
 * incremental builds.
 */
abstract class RootFileGenerator extends SourceFileGenerator<RootModel> {
  RootFileGenerator(ProcessingEnvironment env) {
    super(env);
  }

  @Override
  protected final List<? extends Element> origins(RootModel root) {
    return root.families().stream().map(RootModel.Family::element).toList();
  }
}
