package dev.docket.processor.model;

import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableList;
import dev.docket.processor.base.DocketAnnotations;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.processor.base.Shapes;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
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

  public TaskElements(Elements elements, Types types, UserConverters converters) {
    this.elements = elements;
    this.types = types;
    this.paramTypes = new ParamTypes(types, converters);
  }

  public Types types() {
    return types;
  }

  public Elements elements() {
    return elements;
  }

  public ParamTypes paramTypes() {
    return paramTypes;
  }

  /**
   * The {@code @Param} fields, inherited ones included: superclasses' first, each in declaration
   * order. A parameter redeclared in a subclass (an override) keeps the position of its first
   * declaration and is represented by its most derived field, which {@code task.name} reaches.
   */
  public ImmutableList<VariableElement> params(TypeElement type) {
    return annotatedFields(type, DocketAnnotations.PARAM);
  }

  /** The {@code @Requires} fields, inherited ones included, superclasses' first. */
  public ImmutableList<VariableElement> requiresFields(TypeElement type) {
    return annotatedFields(type, DocketAnnotations.REQUIRES);
  }

  /** The {@code @Requires} methods, inherited ones included; an override counts once. */
  public ImmutableList<ExecutableElement> requiresMethods(TypeElement type) {
    return annotatedMethods(type, DocketAnnotations.REQUIRES);
  }

  /** The {@code @Output} methods, inherited ones included; an override counts once. */
  public ImmutableList<ExecutableElement> outputs(TypeElement type) {
    return annotatedMethods(type, DocketAnnotations.OUTPUT);
  }

  /**
   * {@code type} and its superclasses up to, not including, {@code Object}: the root-most
   * first, {@code type} last.
   */
  public ImmutableList<TypeElement> hierarchy(TypeElement type) {
    List<TypeElement> chain = new ArrayList<>();
    for (TypeElement t = type; t != null; t = superclass(t)) {
      chain.add(0, t);
    }
    return ImmutableList.copyOf(chain);
  }

  private static TypeElement superclass(TypeElement type) {
    TypeMirror parent = type.getSuperclass();
    if (parent.getKind() != TypeKind.DECLARED) {
      return null;
    }
    TypeElement element = MoreTypes.asTypeElement(parent);
    return element.getQualifiedName().contentEquals("java.lang.Object") ? null : element;
  }

  /** The type of a field of {@code task} (maybe inherited), type arguments of superclasses applied. */
  public TypeMirror fieldType(TypeElement task, VariableElement field) {
    return types.asMemberOf(MoreTypes.asDeclared(task.asType()), field);
  }

  /** The return type of a method of {@code task}, type arguments of superclasses applied. */
  public TypeMirror returnType(TypeElement task, ExecutableElement method) {
    return MoreTypes.asExecutable(types.asMemberOf(MoreTypes.asDeclared(task.asType()), method))
        .getReturnType();
  }

  /**
   * The {@code @Param} fields of superclasses that {@code field} overrides (redeclares with the
   * same name), most derived first; generated code sets them too.
   */
  public ImmutableList<VariableElement> overridden(TypeElement task, VariableElement field) {
    ImmutableList.Builder<VariableElement> result = ImmutableList.builder();
    for (TypeElement t : hierarchy(task).reverse()) {
      for (VariableElement other : ElementFilter.fieldsIn(t.getEnclosedElements())) {
        if (other != field
            && other.getSimpleName().contentEquals(field.getSimpleName())
            && DocketAnnotations.has(other, DocketAnnotations.PARAM)) {
          result.add(other);
        }
      }
    }
    return result.build();
  }

  /**
   * {@code ancestor} as a supertype of {@code task}, its type arguments applied (e.g.
   * {@code Calibrated<Calibration>}): the type generated code casts to, without raw types.
   */
  public TypeMirror supertype(TypeElement task, TypeElement ancestor) {
    TypeMirror current = task.asType();
    while (current.getKind() == TypeKind.DECLARED
        && !MoreTypes.asTypeElement(current).equals(ancestor)) {
      TypeMirror next = null;
      for (TypeMirror parent : types.directSupertypes(current)) {
        if (MoreTypes.asTypeElement(parent).getKind() == ElementKind.CLASS) {
          next = parent;
        }
      }
      if (next == null) {
        break;
      }
      current = next;
    }
    return current;
  }

  /**
   * Whether generated code in {@code task}'s package can reach {@code member} through a
   * reference of the task's type: public members always, others only from their own package
   * (protected members are not reachable from another package: generated classes are not
   * subclasses).
   */
  public boolean reachable(TypeElement task, Element member) {
    if (member.getModifiers().contains(Modifier.PUBLIC)) {
      return true;
    }
    return packageOf(member).equals(packageOf(task));
  }

  public String packageOf(Element element) {
    return elements.getPackageOf(element).getQualifiedName().toString();
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
  public Optional<String> canonicalType(TypeElement task, VariableElement param) {
    return paramTypes.resolve(fieldType(task, param)).map(ParamType::canonical);
  }

  /**
   * Whether a parameter has a value without being given one: a {@code defaultValue}, or an
   * {@code Optional} type (empty by default).
   */
  public boolean hasDefault(TypeElement task, VariableElement param) {
    return DocketAnnotations.ParamAnnotation.read(param).defaultValue().isPresent()
        || paramTypes.resolve(fieldType(task, param)).map(ParamType::optional).orElse(false);
  }

  public static TypeElement typeOf(TypeMirror type) {
    return MoreTypes.asTypeElement(type);
  }

  private ImmutableList<VariableElement> annotatedFields(TypeElement type, String name) {
    return annotated(type, name, ElementFilter::fieldsIn);
  }

  private ImmutableList<ExecutableElement> annotatedMethods(TypeElement type, String name) {
    return annotated(type, name, ElementFilter::methodsIn);
  }

  /**
   * The members of {@code type} and its superclasses that carry annotation {@code name}, by
   * name: a redeclared field or an overridden method is one member (generated code calls a
   * method virtually), the last declaration in the place of the first.
   */
  private <T extends Element> ImmutableList<T> annotated(
      TypeElement type, String name, Function<List<? extends Element>, List<T>> members) {
    Map<String, T> found = new LinkedHashMap<>();
    for (TypeElement t : hierarchy(type)) {
      for (T member : members.apply(t.getEnclosedElements())) {
        if (DocketAnnotations.has(member, name)) {
          found.put(member.getSimpleName().toString(), member);
        }
      }
    }
    return ImmutableList.copyOf(found.values());
  }

  public static String qualifiedName(Element type) {
    return MoreElements.asType(type).getQualifiedName().toString();
  }
}
