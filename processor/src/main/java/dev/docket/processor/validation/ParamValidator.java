package dev.docket.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.model.ParamType;
import dev.docket.processor.model.TaskElements;
import dev.docket.runtime.param.Converter;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/** Checks the {@code @Param} fields of one task: modifiers, type, default, command-line name. */
final class ParamValidator {
  private final TaskElements tasks;

  ParamValidator(TaskElements tasks) {
    this.tasks = tasks;
  }

  ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    Map<String, String> fieldByOption = new LinkedHashMap<>();
    for (VariableElement field : tasks.params(type)) {
      String name = field.getSimpleName().toString();
      ParamAnnotation annotation = ParamAnnotation.read(field);
      String modifiers =
          Modifiers.offending(field, Modifier.PRIVATE, Modifier.FINAL, Modifier.STATIC);
      if (!modifiers.isEmpty()) {
        report.error(ErrorMessages.paramModifier(name, modifiers), field);
      }
      Optional<ParamType> paramType = tasks.paramTypes().resolve(tasks.fieldType(type, field));
      if (paramType.isEmpty()) {
        report.error(ErrorMessages.paramType(name, displayType(tasks, type, field)), field);
      } else if (annotation.defaultValue().isPresent() && paramType.get().checker() != null) {
        checkDefault(report, field, annotation, paramType.get(), displayType(tasks, type, field));
      }
      checkInherited(report, type, field);
      String option = "--" + ParamSpec.kebabCase(name);
      if (ParamSpec.RESERVED_OPTIONS.contains(option)) {
        report.error(ErrorMessages.paramReserved(name, option), field);
      }
      String other = fieldByOption.putIfAbsent(option, name);
      if (other != null) {
        report.error(ErrorMessages.paramCliName(name, option, other), field);
      }
    }
    return report.build();
  }

  /** An inherited field must be reachable; an override must keep the type. */
  private void checkInherited(ValidationReport.Builder report, TypeElement task,
      VariableElement field) {
    reachable(report, task, field);
    TypeMirror type = tasks.fieldType(task, field);
    for (VariableElement overridden : tasks.overridden(task, field)) {
      String modifiers =
          Modifiers.offending(overridden, Modifier.PRIVATE, Modifier.FINAL, Modifier.STATIC);
      if (!modifiers.isEmpty()) {
        report.error(ErrorMessages.paramModifier(field.getSimpleName().toString(), modifiers),
            overridden);
        continue;
      }
      TypeMirror other = tasks.fieldType(task, overridden);
      if (!canonical(task, field).equals(canonical(task, overridden))) {
        report.error(ErrorMessages.paramOverride(field.getSimpleName().toString(),
            display(type), owner(field), display(other), owner(overridden)), field);
        continue;
      }
      // Generated code sets it through a cast to its class: both must be reachable.
      if (reachable(report, task, overridden)
          && !tasks.reachable(task, overridden.getEnclosingElement())) {
        report.error(ErrorMessages.inheritedAccess("Param", "field",
            overridden.getSimpleName().toString(), owner(overridden) + " (the class)",
            task.getSimpleName().toString(), tasks.packageOf(task)), field);
      }
    }
  }

  /** The canonical type (int and Integer are one), or the type's name when unsupported. */
  private String canonical(TypeElement task, VariableElement field) {
    return tasks.canonicalType(task, field)
        .orElseGet(() -> tasks.fieldType(task, field).toString());
  }

  private boolean reachable(ValidationReport.Builder report, TypeElement task,
      VariableElement field) {
    if (field.getModifiers().contains(Modifier.PRIVATE) || tasks.reachable(task, field)) {
      return true;
    }
    report.error(ErrorMessages.inheritedAccess("Param", "field", field.getSimpleName().toString(),
        owner(field), task.getSimpleName().toString(), tasks.packageOf(task)), field);
    return false;
  }

  static String owner(Element member) {
    return member.getEnclosingElement().getSimpleName().toString();
  }

  private static void checkDefault(ValidationReport.Builder report, VariableElement field,
      ParamAnnotation annotation, ParamType type, String displayType) {
    String text = annotation.defaultValue().orElseThrow();
    Converter<?> checker = type.checker();
    try {
      checker.parse(text);
    } catch (RuntimeException e) {
      report.error(
          ErrorMessages.paramDefault(field.getSimpleName().toString(), text, displayType,
              checker.expectation()),
          field, annotation.mirror(), annotation.defaultValueValue());
    }
  }

  /**
   * The type as the user wrote it, without packages, type arguments of superclasses applied:
   * {@code int}, {@code List<String>}.
   */
  static String displayType(TaskElements tasks, TypeElement task, VariableElement field) {
    return display(tasks.fieldType(task, field));
  }

  static String display(TypeMirror type) {
    return ParamType.simpleName(TypeName.get(type).toString());
  }
}
