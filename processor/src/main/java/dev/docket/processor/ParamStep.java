package dev.docket.processor;

import dev.docket.processor.base.DocketAnnotations;
import javax.annotation.processing.Messager;

/** {@code @Param} outside a task class. */
final class ParamStep extends MemberStep {
  ParamStep(Messager messager, CompilationState state) {
    super(messager, state, DocketAnnotations.PARAM);
  }
}
