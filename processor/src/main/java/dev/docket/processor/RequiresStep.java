package dev.docket.processor;

import dev.docket.processor.base.DocketAnnotations;
import javax.annotation.processing.Messager;

/** {@code @Requires} outside a task class. */
final class RequiresStep extends MemberStep {
  RequiresStep(Messager messager, CompilationState state) {
    super(messager, state, DocketAnnotations.REQUIRES);
  }
}
