package dev.docket.processor.validation;

import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.model.TaskElements;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/**
 * Validates one {@code @Task} class: the class itself, then its members. The cycle check lives
 * in {@link CycleFinder} because it looks at more than one class.
 */
public final class TaskValidator {
  private final ParamValidator params;
  private final RequiresValidator requires;
  private final OutputValidator outputs;
  private final WorkflowValidator workflows;
  private final SchedulingValidator scheduling = new SchedulingValidator();
  private final TaskElements tasks;

  public TaskValidator(TaskElements tasks) {
    this.tasks = tasks;
    this.params = new ParamValidator(tasks);
    this.requires = new RequiresValidator(tasks);
    this.outputs = new OutputValidator(tasks);
    this.workflows = new WorkflowValidator(tasks);
  }

  public ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    String name = type.getSimpleName().toString();
    if (type.getKind() != ElementKind.CLASS) {
      // Nothing else is worth saying about an interface or an enum.
      return report.error(ErrorMessages.taskKind(name), type, taskMirror(type)).build();
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(ErrorMessages.taskAbstract(name), type);
    }
    if (type.getNestingKind() == NestingKind.MEMBER
        && !type.getModifiers().contains(Modifier.STATIC)) {
      report.error(ErrorMessages.taskInner(name), type);
    } else if (type.getNestingKind().isNested() && type.getNestingKind() != NestingKind.MEMBER) {
      report.error(ErrorMessages.taskInner(name), type);
    }
    if (isPrivate(type)) {
      report.error(ErrorMessages.taskPrivate(name), type);
    }
    if (!type.getTypeParameters().isEmpty()) {
      report.error(ErrorMessages.taskGeneric(name), type);
    }
    boolean constructor =
        ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
            .anyMatch(c -> c.getParameters().isEmpty() && !c.getModifiers().contains(Modifier.PRIVATE));
    if (!constructor) {
      report.error(ErrorMessages.taskConstructor(name), type);
    }
    Optional<ExecutableElement> run = tasks.runMethod(type);
    if (run.isEmpty()) {
      report.error(ErrorMessages.taskRun(name), type);
    } else if (!tasks.reachable(type, run.get())) {
      report.error(ErrorMessages.taskRunAccess(name,
          run.get().getEnclosingElement().getSimpleName().toString()), type);
    }
    checkHiding(report, type);
    return report
        .addAll(scheduling.validate(type))
        .addAll(params.validate(type))
        .addAll(requires.validate(type))
        .addAll(outputs.validate(type))
        .addAll(workflows.validate(type))
        .build();
  }

  /**
   * A field that hides an inherited {@code @Param} or {@code @Requires} field would make
   * {@code task.name} in generated code mean the wrong field; only a {@code @Param} redeclaring
   * a {@code @Param} is allowed (an override, checked by {@link ParamValidator}).
   */
  private void checkHiding(ValidationReport.Builder report, TypeElement type) {
    List<TypeElement> chain = tasks.hierarchy(type);
    for (int i = 1; i < chain.size(); i++) {
      for (VariableElement field : ElementFilter.fieldsIn(chain.get(i).getEnclosedElements())) {
        for (int j = i - 1; j >= 0; j--) {
          Optional<VariableElement> hidden = annotatedField(chain.get(j), field);
          if (hidden.isEmpty()) {
            continue;
          }
          boolean param = DocketAnnotations.has(hidden.get(), DocketAnnotations.PARAM);
          if (!(param && DocketAnnotations.has(field, DocketAnnotations.PARAM))) {
            report.error(ErrorMessages.memberHidden(field.getSimpleName().toString(),
                chain.get(i).getSimpleName().toString(), param ? "Param" : "Requires",
                chain.get(j).getSimpleName().toString()), field);
          }
          break;
        }
      }
    }
  }

  private static Optional<VariableElement> annotatedField(TypeElement owner, VariableElement like) {
    return ElementFilter.fieldsIn(owner.getEnclosedElements()).stream()
        .filter(f -> f.getSimpleName().contentEquals(like.getSimpleName()))
        .filter(f -> DocketAnnotations.has(f, DocketAnnotations.PARAM)
            || DocketAnnotations.has(f, DocketAnnotations.REQUIRES))
        .findFirst();
  }

  private static boolean isPrivate(TypeElement type) {
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      if (e.getModifiers().contains(Modifier.PRIVATE)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<javax.lang.model.element.AnnotationMirror> taskMirror(TypeElement type) {
    return DocketAnnotations.mirror(type, DocketAnnotations.TASK);
  }
}
