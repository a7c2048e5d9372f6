package dev.docket.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.model.ParamType;
import dev.docket.processor.model.TaskElements;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Checks the {@code @Requires} members of one task. For a field it also checks that every
 * required parameter of the required task can be copied from this task, because {@code create}
 * fills the field and has nowhere else to take the value from.
 */
final class RequiresValidator {
  private final TaskElements tasks;

  RequiresValidator(TaskElements tasks) {
    this.tasks = tasks;
  }

  ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    for (VariableElement field : tasks.requiresFields(type)) {
      String name = field.getSimpleName().toString();
      String modifiers =
          Modifiers.offending(field, Modifier.PRIVATE, Modifier.FINAL, Modifier.STATIC);
      if (!modifiers.isEmpty()) {
        report.error(ErrorMessages.requiresModifier("field", name, modifiers), field);
      }
      TypeMirror fieldType = field.asType();
      if (tasks.isTask(fieldType)) {
        checkPropagation(report, type, field, TaskElements.typeOf(fieldType));
      } else if (tasks.requirementShape(fieldType).isPresent()) {
        report.error(ErrorMessages.requiresFieldCollection(name, display(fieldType)), field);
      } else {
        report.error(ErrorMessages.requiresType("field", name, display(fieldType)), field);
      }
    }
    for (ExecutableElement method : tasks.requiresMethods(type)) {
      String name = method.getSimpleName().toString();
      String modifiers = Modifiers.offending(method, Modifier.PRIVATE, Modifier.STATIC);
      if (!modifiers.isEmpty()) {
        report.error(ErrorMessages.requiresModifier("method", name, modifiers), method);
      }
      if (!method.getParameters().isEmpty()) {
        report.error(ErrorMessages.requiresArguments(name), method);
      }
      if (tasks.requirementShape(method.getReturnType()).isEmpty()) {
        report.error(
            ErrorMessages.requiresType("method", name, display(method.getReturnType())), method);
      }
    }
    return report.build();
  }

  private void checkPropagation(ValidationReport.Builder report, TypeElement requiring,
      VariableElement field, TypeElement required) {
    Map<String, String> ours = new HashMap<>();
    for (VariableElement param : tasks.params(requiring)) {
      tasks.canonicalType(param).ifPresent(t -> ours.put(param.getSimpleName().toString(), t));
    }
    for (VariableElement theirs : tasks.params(required)) {
      Optional<String> type = tasks.canonicalType(theirs);
      String name = theirs.getSimpleName().toString();
      if (ParamAnnotation.read(theirs).defaultValue().isPresent()
          || type.isEmpty()
          || type.get().equals(ours.get(name))) {
        continue;
      }
      report.error(
          ErrorMessages.requiresParam(field.getSimpleName().toString(), name,
              ParamValidator.displayType(theirs), requiring.getSimpleName().toString(),
              required.getSimpleName().toString()),
          field);
    }
  }

  private static String display(TypeMirror type) {
    return ParamType.simpleName(TypeName.get(type).toString());
  }
}
