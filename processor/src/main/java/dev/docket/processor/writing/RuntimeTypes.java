package dev.docket.processor.writing;

import com.palantir.javapoet.ClassName;

/**
 * The runtime's types that generated code names. Spelled as text, not class literals: the
 * processor does not depend on the runtime (only on the dependency-free {@code docket-annotations}),
 * so that a user's annotation-processor path holds no database driver, command-line parser or
 * Dagger. The processor's tests compile generated code against the runtime, so a name that
 * drifts from the runtime fails them.
 */
final class RuntimeTypes {
  private RuntimeTypes() {}

  static final ClassName TARGET = ClassName.get("dev.docket.runtime", "Target");
  static final ClassName TASK_CONTEXT = ClassName.get("dev.docket.runtime", "TaskContext");
  static final ClassName DOCKET_CLI = ClassName.get("dev.docket.runtime.cli", "DocketCli");
  static final ClassName TASK_FAMILY = task("TaskFamily");
  static final ClassName TASK_INDEX = task("TaskIndex");
  static final ClassName TASK_BUILDER = task("TaskBuilder");
  static final ClassName TASK_ARGS = task("TaskArgs");
  static final ClassName TASK_ID = task("TaskId");
  static final ClassName PARAM_VALUES = task("ParamValues");
  static final ClassName REQUIREMENTS = task("Requirements");
  static final ClassName SCHEDULING = task("Scheduling");

  private static ClassName task(String simpleName) {
    return ClassName.get("dev.docket.runtime.task", simpleName);
  }
}
