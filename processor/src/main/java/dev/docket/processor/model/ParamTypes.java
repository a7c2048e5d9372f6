package dev.docket.processor.model;

import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableMap;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.docket.runtime.param.Converter;
import dev.docket.runtime.spi.param.ContainerConverters;
import dev.docket.runtime.spi.param.Converters;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
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
          + " Path, Duration, LocalDate, LocalDateTime, Instant, BigDecimal, URI, DateInterval,"
          + " IntRange, DoubleRange, types with a @ParamConverter class, and List, Set,"
          + " Optional and Map<String, ...> of these";

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
          .put("java.time.LocalDateTime",
              new Scalar("LOCAL_DATE_TIME", Converters.LOCAL_DATE_TIME))
          .put("java.time.Instant", new Scalar("INSTANT", Converters.INSTANT))
          .put("java.math.BigDecimal", new Scalar("BIG_DECIMAL", Converters.BIG_DECIMAL))
          .put("java.net.URI", new Scalar("ABSOLUTE_URI", Converters.ABSOLUTE_URI))
          .put("dev.docket.runtime.param.DateInterval",
              new Scalar("DATE_INTERVAL", Converters.DATE_INTERVAL))
          .put("dev.docket.runtime.param.IntRange", new Scalar("INT_RANGE", Converters.INT_RANGE))
          .put("dev.docket.runtime.param.DoubleRange",
              new Scalar("DOUBLE_RANGE", Converters.DOUBLE_RANGE))
          .build();

  private static final ClassName CONVERTERS = ClassName.get(Converters.class);
  private static final ClassName CONTAINERS = ClassName.get(ContainerConverters.class);

  private final Types types;
  private final UserConverters userConverters;

  public ParamTypes(Types types, UserConverters userConverters) {
    this.types = types;
    this.userConverters = userConverters;
  }

  /** Whether Docket converts {@code qualifiedName} itself (a user converter would be ambiguous). */
  public static boolean isBuiltIn(String qualifiedName) {
    return DECLARED.containsKey(qualifiedName);
  }

  /** The parameter type of a field of type {@code type}; empty when it has no converter. */
  public Optional<ParamType> resolve(TypeMirror type) {
    if (type.getKind().isPrimitive()) {
      TypeMirror boxed = types.boxedClass(MoreTypes.asPrimitiveType(type)).asType();
      return scalar(boxed)
          .map(t -> new ParamType(TypeName.get(type), t.boxedType(), t.canonical(),
              t.converter(), t.checker(), false));
    }
    if (type.getKind() != TypeKind.DECLARED) {
      return Optional.empty();
    }
    DeclaredType declared = MoreTypes.asDeclared(type);
    List<? extends TypeMirror> args = declared.getTypeArguments();
    switch (qualifiedName(declared)) {
      case "java.util.List":
        return args.size() != 1 ? Optional.empty()
            : scalar(args.get(0)).map(e -> container(List.class, "listOf", CONVERTERS, e,
                Converters::listOf, false));
      case "java.util.Set":
        return args.size() != 1 ? Optional.empty()
            : scalar(args.get(0)).map(e -> container(Set.class, "setOf", CONTAINERS, e,
                ContainerConverters::setOf, false));
      case "java.util.Optional":
        return args.size() != 1 ? Optional.empty()
            : scalar(args.get(0)).map(e -> container(Optional.class, "optionalOf", CONTAINERS, e,
                ContainerConverters::optionalOf, true));
      case "java.util.Map":
        if (args.size() != 2 || !isString(args.get(0))) {
          return Optional.empty();
        }
        return scalar(args.get(1)).map(ParamTypes::mapOf);
      default:
        return scalar(type);
    }
  }

  private static ParamType container(Class<?> raw, String factory, ClassName owner,
      ParamType element, Function<Converter<Object>, Converter<?>> checker, boolean optional) {
    TypeName name = ParameterizedTypeName.get(ClassName.get(raw), element.boxedType());
    return new ParamType(name, name, raw.getName() + "<" + element.canonical() + ">",
        CodeBlock.of("$T.$N($L)", owner, factory, element.converter()),
        element.checker() == null ? null : checker.apply(unchecked(element.checker())),
        optional);
  }

  private static ParamType mapOf(ParamType value) {
    TypeName name = ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class),
        value.boxedType());
    return new ParamType(name, name, "java.util.Map<java.lang.String," + value.canonical() + ">",
        CodeBlock.of("$T.mapOf($L)", CONTAINERS, value.converter()),
        value.checker() == null ? null : ContainerConverters.mapOf(value.checker()), false);
  }

  @SuppressWarnings("unchecked")
  private static Converter<Object> unchecked(Converter<?> converter) {
    return (Converter<Object>) converter;
  }

  private static boolean isString(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && qualifiedName(MoreTypes.asDeclared(type)).equals("java.lang.String");
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
          CodeBlock.of("$T.enumOf($T.values())", CONVERTERS, typeName), enumChecker(element),
          false));
    }
    if (!declared.getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    Scalar scalar = DECLARED.get(name);
    if (scalar != null) {
      return Optional.of(new ParamType(typeName, typeName, name,
          CodeBlock.of("$T.$N", CONVERTERS, scalar.constant()), scalar.checker(), false));
    }
    return userConverters.find(name)
        .map(converter -> new ParamType(typeName, typeName, name,
            CodeBlock.of("new $T()", converter), null, false));
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
