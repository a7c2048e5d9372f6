package dev.docket.processor.model;

import com.google.auto.common.MoreElements;
import com.google.common.collect.ImmutableList;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.TypeName;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.base.DocketAnnotations.ParamAnnotation;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.processor.base.Javadocs;
import dev.docket.processor.base.Shapes;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Builds the {@link TaskModel} of a task class that validation found clean; it therefore
 * assumes every type is supported and every shape known.
 */
public final class TaskModelFactory {
  private final TaskElements tasks;

  public TaskModelFactory(TaskElements tasks) {
    this.tasks = tasks;
  }

  public TaskModel create(TypeElement type) {
    TaskAnnotation annotation = TaskAnnotation.read(type);
    String description =
        annotation.description().isEmpty()
            ? Javadocs.firstSentence(tasks.elements().getDocComment(type))
            : annotation.description();
    ImmutableList<ParamModel> params = params(type);
    ImmutableList.Builder<RequirementModel> requirements = ImmutableList.builder();
    for (VariableElement field : tasks.requiresFields(type)) {
      TypeElement required = TaskElements.typeOf(tasks.fieldType(type, field));
      requirements.add(new RequirementModel(true, field.getSimpleName().toString(),
          Shapes.Kind.SINGLE, ClassName.get(required), propagated(params, required)));
    }
    boolean requirementsThrow = false;
    for (ExecutableElement method : tasks.requiresMethods(type)) {
      Shapes.Shape shape = tasks.requirementShape(tasks.returnType(type, method)).orElseThrow();
      requirements.add(new RequirementModel(false, method.getSimpleName().toString(),
          shape.kind(), ClassName.get(TaskElements.typeOf(shape.element())),
          ImmutableList.of()));
      requirementsThrow |= !method.getThrownTypes().isEmpty();
    }
    ImmutableList.Builder<OutputModel> outputs = ImmutableList.builder();
    boolean outputsThrow = false;
    for (ExecutableElement method : tasks.outputs(type)) {
      Shapes.Shape shape = tasks.outputShape(tasks.returnType(type, method)).orElseThrow();
      outputs.add(new OutputModel(method.getSimpleName().toString(), shape.kind()));
      outputsThrow |= !method.getThrownTypes().isEmpty();
    }
    ExecutableElement run = tasks.runMethod(type).orElseThrow();
    return new TaskModel(type, ClassName.get(type), tasks.familyName(type), description, params,
        requirements.build(), outputs.build(), TaskElements.takesContext(run),
        requirementsThrow, outputsThrow, SchedulingModel.read(taskAnnotations(type)));
  }

  /** The {@code @Task} of {@code type} and of its {@code @Task} superclasses, nearest first. */
  private List<TaskAnnotation> taskAnnotations(TypeElement type) {
    List<TaskAnnotation> annotations = new ArrayList<>();
    for (TypeElement t : tasks.hierarchy(type).reverse()) {
      if (DocketAnnotations.isTask(t)) {
        annotations.add(TaskAnnotation.read(t));
      }
    }
    return annotations;
  }

  private ImmutableList<ParamModel> params(TypeElement type) {
    ImmutableList.Builder<ParamModel> params = ImmutableList.builder();
    List<VariableElement> fields = tasks.params(type);
    for (int i = 0; i < fields.size(); i++) {
      VariableElement field = fields.get(i);
      ParamAnnotation annotation = ParamAnnotation.read(field);
      String name = field.getSimpleName().toString();
      String description =
          annotation.description().isEmpty()
              ? Javadocs.firstSentence(tasks.elements().getDocComment(field))
              : annotation.description();
      ParamType paramType = tasks.paramTypes().resolve(tasks.fieldType(type, field)).orElseThrow();
      // An Optional parameter without a default is empty rather than required.
      Optional<String> defaultValue = annotation.defaultValue().isEmpty() && paramType.optional()
          ? Optional.of("")
          : annotation.defaultValue();
      ImmutableList<TypeName> overridden = tasks.overridden(type, field).stream()
          .map(f -> TypeName.get(
              tasks.supertype(type, MoreElements.asType(f.getEnclosingElement()))))
          .collect(ImmutableList.toImmutableList());
      params.add(new ParamModel(i, name, constantName(name), paramType, defaultValue,
          annotation.significant(), description, annotation.propagate(), overridden));
    }
    return params.build();
  }

  /** The parameters of {@code required} whose name and canonical type match one of ours. */
  private ImmutableList<String> propagated(List<ParamModel> ours, TypeElement required) {
    Map<String, String> mine = new HashMap<>();
    ours.forEach(p -> mine.put(p.name(), p.type().canonical()));
    ImmutableList.Builder<String> names = ImmutableList.builder();
    for (VariableElement theirs : tasks.params(required)) {
      if (!ParamAnnotation.read(theirs).propagate()) {
        continue;
      }
      String name = theirs.getSimpleName().toString();
      Optional<String> type = tasks.canonicalType(required, theirs);
      if (type.isPresent() && type.get().equals(mine.get(name))) {
        names.add(name);
      }
    }
    return names.build();
  }

  /** {@code minJets} → {@code MIN_JETS}, by the runtime's kebab case so both agree on words. */
  public static String constantName(String field) {
    return ParamSpec.kebabCase(field).replace('-', '_').toUpperCase(Locale.ROOT);
  }
}
