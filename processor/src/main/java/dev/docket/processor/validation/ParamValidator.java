package dev.docket.processor.validation;

import com.palantir.javapoet.TypeName;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.model.ParamType;
import dev.docket.processor.model.TaskElements;
import dev.docket.runtime.task.Converter;
import dev.docket.runtime.task.ParamSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

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
      Optional<ParamType> paramType = tasks.paramTypes().resolve(field.asType());
      if (paramType.isEmpty()) {
        report.error(ErrorMessages.paramType(name, displayType(field)), field);
      } else if (annotation.defaultValue().isPresent()) {
        checkDefault(report, field, annotation, paramType.get());
      }
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

  private static void checkDefault(ValidationReport.Builder report, VariableElement field,
      ParamAnnotation annotation, ParamType type) {
    String text = annotation.defaultValue().orElseThrow();
    Converter<?> checker = type.checker();
    try {
      checker.parse(text);
    } catch (RuntimeException e) {
      report.error(
          ErrorMessages.paramDefault(field.getSimpleName().toString(), text, displayType(field),
              checker.expectation()),
          field, annotation.mirror(), annotation.defaultValueValue());
    }
  }

  /** The type as the user wrote it, without packages: {@code int}, {@code List<String>}. */
  static String displayType(VariableElement field) {
    return ParamType.simpleName(TypeName.get(field.asType()).toString());
  }
}
