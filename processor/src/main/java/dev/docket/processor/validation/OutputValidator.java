package dev.docket.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.docket.processor.model.ParamType;
import dev.docket.processor.model.TaskElements;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;

/** Checks the {@code @Output} methods of one task. */
final class OutputValidator {
  private final TaskElements tasks;

  OutputValidator(TaskElements tasks) {
    this.tasks = tasks;
  }

  ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (ExecutableElement method : tasks.outputs(type)) {
      String name = method.getSimpleName().toString();
      String modifiers = Modifiers.offending(method, Modifier.PRIVATE, Modifier.STATIC);
      if (!modifiers.isEmpty()) {
        report.error(ErrorMessages.outputModifier(name, modifiers), method);
      }
      if (!method.getParameters().isEmpty()) {
        report.error(ErrorMessages.outputArguments(name), method);
      }
      if (!modifiers.contains("private") && !tasks.reachable(type, method)) {
        report.error(ErrorMessages.inheritedAccess("Output", "method", name,
            ParamValidator.owner(method), type.getSimpleName().toString(),
            tasks.packageOf(type)), method);
      }
      TypeMirror returnType = tasks.returnType(type, method);
      if (tasks.outputShape(returnType).isEmpty()) {
        String returned = ParamType.simpleName(TypeName.get(returnType).toString());
        report.error(ErrorMessages.outputType(name, returned), method);
      }
    }
    return report.build();
  }
}
