package dev.docket.processor.model;

import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableMap;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docket.runtime.task.Converter;
import dev.docket.runtime.task.Converters;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Maps a field type to its {@link ParamType}: the one place that knows which types {@code @Param}
 * supports. Checkers are the runtime's own {@link Converters}, so a default that compiles is a
 * default the runtime parses.
 */
public final class ParamTypes {
  /** For messages: what {@code @Param} supports. */
  public static final String SUPPORTED =
      "String, boolean, byte, short, int, long, float, double, char and their boxes, enums,"
          + " java.nio.file.Path, java.time.Duration, java.time.LocalDate, and java.util.List of"
          + " these";

  private record Scalar(String constant, Converter<?> checker) {}

  private static final ImmutableMap<String, Scalar> DECLARED =
      ImmutableMap.<String, Scalar>builder()
          .put("java.lang.String", new Scalar("STRING", Converters.STRING))
          .put("java.lang.Boolean", new Scalar("BOOLEAN", Converters.BOOLEAN))
          .put("java.lang.Byte", new Scalar("BYTE", Converters.BYTE))
          .put("java.lang.Short", new Scalar("SHORT", Converters.SHORT))
          .put("java.lang.Integer", new Scalar("INT", Converters.INT))
          .put("java.lang.Long", new Scalar("LONG", Converters.LONG))
          .put("java.lang.Float", new Scalar("FLOAT", Converters.FLOAT))
          .put("java.lang.Double", new Scalar("DOUBLE", Converters.DOUBLE))
          .put("java.lang.Character", new Scalar("CHAR", Converters.CHAR))
          .put("java.nio.file.Path", new Scalar("PATH", Converters.PATH))
          .put("java.time.Duration", new Scalar("DURATION", Converters.DURATION))
          .put("java.time.LocalDate", new Scalar("LOCAL_DATE", Converters.LOCAL_DATE))
          .build();

  private static final ClassName CONVERTERS = ClassName.get(Converters.class);
  private static final ClassName LIST = ClassName.get(List.class);

  private final Types types;

  public ParamTypes(Types types) {
    this.types = types;
  }

  /** The parameter type of a field of type {@code type}; empty when it has no converter. */
  public Optional<ParamType> resolve(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      TypeMirror boxed = types.boxedClass(MoreTypes.asPrimitiveType(type)).asType();
      return scalar(boxed)
          .map(t -> new ParamType(TypeName.get(type), t.boxedType(), t.canonical(),
              t.converter(), t.checker()));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    if (qualifiedName(declared).equals("java.util.List")) {
      if (declared.getTypeArguments().size() != 1) {
        return Optional.empty();
      }
      return scalar(declared.getTypeArguments().get(0)).map(ParamTypes::listOf);
    }
    return scalar(type);
  }

  private static ParamType listOf(ParamType element) {
    return new ParamType(
        ParameterizedTypeName.get(LIST, element.boxedType()),
        ParameterizedTypeName.get(LIST, element.boxedType()),
        "java.util.List<" + element.canonical() + ">",
        CodeBlock.of("$T.listOf($L)", CONVERTERS, element.converter()),
        Converters.listOf(element.checker()));
  }

  private Optional<ParamType> scalar(TypeMirror type) {
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    TypeElement element = MoreTypes.asTypeElement(declared);
    String name = qualifiedName(declared);
    TypeName typeName = ClassName.get(element);
    if (element.getKind() == ElementKind.ENUM) {
      return Optional.of(new ParamType(typeName, typeName, name,
          CodeBlock.of("$T.enumOf($T.values())", CONVERTERS, typeName), enumChecker(element)));
    }
    Scalar scalar = DECLARED.get(name);
    if (scalar == null || !declared.getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ParamType(typeName, typeName, name,
        CodeBlock.of("$T.$N", CONVERTERS, scalar.constant()), scalar.checker()));
  }

  /** The grammar of {@link Converters#enumOf} over the constants' names, without the class. */
  private static Converter<String> enumChecker(TypeElement type) {
    List<String> names = new ArrayList<>();
    ElementFilter.fieldsIn(type.getEnclosedElements()).stream()
        .filter(field -> field.getKind() == ElementKind.ENUM_CONSTANT)
        .forEach(field -> names.add(field.getSimpleName().toString()));
    return Converters.of(
        "one of " + String.join(", ", names),
        text -> names.stream()
            .filter(n -> n.equalsIgnoreCase(text.trim()))
            .findFirst()
            .orElseThrow(IllegalArgumentException::new),
        text -> text);
  }

  private static String qualifiedName(DeclaredType type) {
    return MoreTypes.asTypeElement(type).getQualifiedName().toString();
  }
}
