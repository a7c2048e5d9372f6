package dev.docket.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.model.ParamType;
import dev.docket.processor.model.TaskElements;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
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
      checkReachable(report, type, field, "field");
      TypeMirror fieldType = tasks.fieldType(type, field);
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
      checkReachable(report, type, method, "method");
      TypeMirror returned = tasks.returnType(type, method);
      if (tasks.requirementShape(returned).isEmpty()) {
        report.error(ErrorMessages.requiresType("method", name, display(returned)), method);
      }
    }
    return report.build();
  }

  private void checkPropagation(ValidationReport.Builder report, TypeElement requiring,
      VariableElement field, TypeElement required) {
    Map<String, String> ours = new HashMap<>();
    for (VariableElement param : tasks.params(requiring)) {
      tasks.canonicalType(requiring, param)
          .ifPresent(t -> ours.put(param.getSimpleName().toString(), t));
    }
    for (VariableElement theirs : tasks.params(required)) {
      Optional<String> type = tasks.canonicalType(required, theirs);
      String name = theirs.getSimpleName().toString();
      if (tasks.hasDefault(required, theirs) || type.isEmpty()) {
        continue;
      }
      if (!ParamAnnotation.read(theirs).propagate()) {
        report.error(ErrorMessages.requiresNotPropagated(field.getSimpleName().toString(), name,
            requiring.getSimpleName().toString(), required.getSimpleName().toString()), field);
      } else if (!type.get().equals(ours.get(name))) {
        report.error(
            ErrorMessages.requiresParam(field.getSimpleName().toString(), name,
                ParamValidator.displayType(tasks, required, theirs),
                requiring.getSimpleName().toString(), required.getSimpleName().toString()),
            field);
      }
    }
  }

  private void checkReachable(ValidationReport.Builder report, TypeElement task, Element member,
      String kind) {
    if (!member.getModifiers().contains(Modifier.PRIVATE) && !tasks.reachable(task, member)) {
      report.error(ErrorMessages.inheritedAccess("Requires", kind,
          member.getSimpleName().toString(), ParamValidator.owner(member),
          task.getSimpleName().toString(), tasks.packageOf(task)), member);
    }
  }

  private static String display(TypeMirror type) {
    return ParamType.simpleName(TypeName.get(type).toString());
  }
}
