package dev.docket.processor.model;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableList;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.processor.base.Shapes;
import java.util.Optional;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Questions about a task class that both validation and modelling ask, answered the same way
 * for classes being compiled and classes read from the class path (a required task may live in
 * another jar).
 */
public final class TaskElements {
  public static final String TARGET = "dev.docket.runtime.Target";
  public static final String TASK_CONTEXT = "dev.docket.runtime.TaskContext";

  private final Elements elements;
  private final Types types;
  private final ParamTypes paramTypes;

  public TaskElements(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
    this.paramTypes = new ParamTypes(types);
  }

  public Elements elements() {
    return elements;
  }

  public ParamTypes paramTypes() {
    return paramTypes;
  }

  /** The {@code @Param} fields, in declaration order. */
  public ImmutableList<VariableElement> params(TypeElement type) {
    return annotatedFields(type, DocketAnnotations.PARAM);
  }

  public ImmutableList<VariableElement> requiresFields(TypeElement type) {
    return annotatedFields(type, DocketAnnotations.REQUIRES);
  }

  public ImmutableList<ExecutableElement> requiresMethods(TypeElement type) {
    return annotatedMethods(type, DocketAnnotations.REQUIRES);
  }

  public ImmutableList<ExecutableElement> outputs(TypeElement type) {
    return annotatedMethods(type, DocketAnnotations.OUTPUT);
  }

  /** The family name: {@code @Task(name)} or the simple name, after {@code namespace.}. */
  public String familyName(TypeElement type) {
    TaskAnnotation task = TaskAnnotation.read(type);
    String name = task.name().isEmpty() ? type.getSimpleName().toString() : task.name();
    return task.namespace().isEmpty() ? name : task.namespace() + "." + name;
  }

  /**
   * The task body: {@code void run(TaskContext)} preferred over {@code void run()}, not private,
   * not static, inherited ones included.
   */
  public Optional<ExecutableElement> runMethod(TypeElement type) {
    ExecutableElement noArgs = null;
    for (ExecutableElement method : ElementFilter.methodsIn(elements.getAllMembers(type))) {
      if (!method.getSimpleName().contentEquals("run")
          || method.getModifiers().contains(Modifier.PRIVATE)
          || method.getModifiers().contains(Modifier.STATIC)
          || method.getReturnType().getKind() != TypeKind.VOID) {
        continue;
      }
      if (takesContext(method)) {
        return Optional.of(method);
      }
      if (method.getParameters().isEmpty()) {
        noArgs = method;
      }
    }
    return Optional.ofNullable(noArgs);
  }

  public static boolean takesContext(ExecutableElement method) {
    if (method.getParameters().size() != 1) {
      return false;
    }
    TypeMirror param = method.getParameters().get(0).asType();
    return param.getKind() == TypeKind.DECLARED
        && MoreTypes.asTypeElement(param).getQualifiedName().contentEquals(TASK_CONTEXT);
  }

  public boolean isTask(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && DocketAnnotations.isTask(MoreTypes.asTypeElement(type));
  }

  public boolean isTarget(TypeMirror type) {
    TypeElement target = elements.getTypeElement(TARGET);
    return target != null
        && type.getKind() == TypeKind.DECLARED
        && types.isAssignable(type, target.asType());
  }

  public Optional<Shapes.Shape> requirementShape(TypeMirror type) {
    return Shapes.classify(type, this::isTask);
  }

  public Optional<Shapes.Shape> outputShape(TypeMirror type) {
    return Shapes.classify(type, this::isTarget);
  }

  /** The canonical boxed type the runtime compares, or empty for an unsupported type. */
  public Optional<String> canonicalType(VariableElement param) {
    return paramTypes.resolve(param.asType()).map(ParamType::canonical);
  }

  public static TypeElement typeOf(TypeMirror type) {
    return MoreTypes.asTypeElement(type);
  }

  private static ImmutableList<VariableElement> annotatedFields(TypeElement type, String name) {
    return ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(field -> DocketAnnotations.has(field, name))
        .collect(ImmutableList.toImmutableList());
  }

  private static ImmutableList<ExecutableElement> annotatedMethods(TypeElement type, String name) {
    return ElementFilter.methodsIn(type.getEnclosedElements()).stream()
        .filter(method -> DocketAnnotations.has(method, name))
        .collect(ImmutableList.toImmutableList());
  }

  public static String qualifiedName(Element type) {
    return MoreElements.asType(type).getQualifiedName().toString();
  }
}
