package dev.docket.processor;

import dev.docket.processor.base.DocketAnnotations;
import javax.annotation.processing.Messager;

/** {@code @Output} outside a task class. */
final class OutputStep extends MemberStep {
  OutputStep(Messager messager, CompilationState state) {
    super(messager, state, DocketAnnotations.OUTPUT);
  }
}
