package dev.docket.processor.writing;

import com.palantir.javapoet.ClassName;
import dev.docket.processor.model.TaskElements;

/**
 * The runtime's types that generated code names. Spelled as text, not class literals: the
 * processor does not depend on the runtime (only on the dependency-free {@code docket-annotations}),
 * so that a user's annotation-processor path holds no database driver, command-line parser or
 * Dagger. The processor's tests compile generated code against the runtime, so a name that
 * drifts from the runtime fails them.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final ClassName TARGET = ClassName.bestGuess(TaskElements.TARGET);
  static final ClassName TASK_CONTEXT = ClassName.bestGuess(TaskElements.TASK_CONTEXT);
  static final ClassName TASK_ID = ClassName.get("dev.docket.runtime", "TaskId");
  /** The entry point of the command line; the generated main class is its only caller. */
  static final ClassName COMMAND_LINE = ClassName.get("dev.docket.runtime.spi", "CommandLine");
  static final ClassName TASK_FAMILY = spi("TaskFamily");
  static final ClassName TASK_INDEX = spi("TaskIndex");
  static final ClassName TASK_BUILDER = spi("TaskBuilder");
  static final ClassName TASK_ARGS = spi("TaskArgs");
  static final ClassName PARAM_VALUES = spi("ParamValues");
  static final ClassName IDENTITY_TEXT = spi("IdentityText");
  static final ClassName REQUIREMENTS = spi("Requirements");
  static final ClassName SCHEDULING = spi("Scheduling");

  private static ClassName spi(String simpleName) {
    return ClassName.get("dev.docket.runtime.spi", simpleName);
  }
}
