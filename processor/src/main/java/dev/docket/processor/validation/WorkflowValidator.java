package dev.docket.processor.validation;

import com.google.auto.common.MoreTypes;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.model.TaskElements;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks a {@code @Task} class that implements {@code dev.docket.runtime.workflow.Workflow}
 * (#5): it must declare the parameter that selects the branch, exactly
 * {@code @Param(defaultValue = "-1") int branch}, significant (each branch is its own task).
 * The runtime finds the branch through this parameter, so a mistake here would only show at
 * run time, after the graph was planned wrongly.
 */
final class WorkflowValidator {
  static final String WORKFLOW = "dev.docket.runtime.workflow.Workflow";
  static final String BRANCH = "branch";

  private final TaskElements tasks;

  WorkflowValidator(TaskElements tasks) {
    this.tasks = tasks;
  }

  ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    if (!implementsWorkflow(type.asType())) {
      return report.build();
    }
    String name = type.getSimpleName().toString();
    VariableElement branch = null;
    for (VariableElement param : tasks.params(type)) {
      if (param.getSimpleName().contentEquals(BRANCH)) {
        branch = param;
      }
    }
    if (branch == null) {
      return report.error(ErrorMessages.workflowBranch(name), type).build();
    }
    ParamAnnotation annotation = ParamAnnotation.read(branch);
    boolean isInt = branch.asType().getKind() == TypeKind.INT;
    boolean defaultsToWorkflow = annotation.defaultValue().map(v -> v.strip().equals("-1")).orElse(false);
    if (!isInt || !defaultsToWorkflow || !annotation.significant()) {
      String found =
          branch.asType() + (annotation.defaultValue().map(v -> " with defaultValue \"" + v + "\"").orElse(" without defaultValue"))
              + (annotation.significant() ? "" : ", not significant");
      report.error(ErrorMessages.workflowBranchParam(name, found), branch, java.util.Optional.of(annotation.mirror()));
    }
    return report.build();
  }

  /** Whether {@code type} or a supertype implements {@code Workflow}, read by name. */
  private static boolean implementsWorkflow(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return false;
    }
    TypeElement element = MoreTypes.asTypeElement(type);
    if (element.getQualifiedName().contentEquals(WORKFLOW)) {
      return true;
    }
    for (TypeMirror i : element.getInterfaces()) {
      if (implementsWorkflow(i)) {
        return true;
      }
    }
    return implementsWorkflow(element.getSuperclass());
  }
}
