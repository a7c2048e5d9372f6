package dev.docket.processor;

import com.google.auto.common.BasicAnnotationProcessor.Step;
import com.google.auto.common.MoreElements;
import com.google.auto.common.MoreTypes;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSetMultimap;
import com.palantir.javapoet.ClassName;
import dev.docket.annotations.ParamConverter;
import dev.docket.processor.model.ParamTypes;
import dev.docket.processor.model.UserConverters;
import dev.docket.processor.validation.ErrorMessages;
import dev.docket.processor.validation.ValidationReport;
import dev.docket.runtime.param.Converter;
import java.util.Optional;
import java.util.Set;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.NestingKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Checks each {@code @ParamConverter} class and registers it for the type it converts. It runs
 * before {@link TaskStep} in every round, so tasks of the same round can use the converter.
 */
final class ConverterStep implements Step {
  static final String PARAM_CONVERTER = ParamConverter.class.getCanonicalName();
  static final String CONVERTER = Converter.class.getCanonicalName();

  private final ProcessingEnvironment env;
  private final CompilationState state;
  private final UserConverters converters;

  ConverterStep(ProcessingEnvironment env, CompilationState state, UserConverters converters) {
    this.env = env;
    this.state = state;
    this.converters = converters;
  }

  @Override
  public Set<String> annotations() {
    return ImmutableSet.of(PARAM_CONVERTER);
  }

  @Override
  public Set<? extends Element> process(ImmutableSetMultimap<String, Element> elements) {
    for (Element element : elements.get(PARAM_CONVERTER)) {
      if (!Guard.run(env.getMessager(), element, () -> handle(element))) {
        state.error();
      }
    }
    return ImmutableSet.of();
  }

  private void handle(Element element) {
    ValidationReport.Builder report = ValidationReport.builder();
    String name = element.getSimpleName().toString();
    Optional<TypeMirror> converted = convertedType(element);
    if (converted.isEmpty()) {
      report.error(ErrorMessages.converterShape(name), element);
    } else {
      TypeElement type = MoreElements.asType(element);
      boolean constructor = ElementFilter.constructorsIn(type.getEnclosedElements()).stream()
          .anyMatch(c -> c.getParameters().isEmpty() && c.getModifiers().contains(Modifier.PUBLIC));
      if (!constructor) {
        report.error(ErrorMessages.converterConstructor(name), element);
      } else {
        String target = MoreTypes.asTypeElement(converted.get()).getQualifiedName().toString();
        Optional<String> previous = ParamTypes.isBuiltIn(target)
            ? Optional.of("Docket's built-in converter")
            : converters.register(target, ClassName.get(type)).map(ClassName::canonicalName);
        previous.ifPresent(p -> report.error(
            ErrorMessages.converterDuplicate(name, target, p), element));
      }
    }
    ValidationReport built = report.build();
    built.printTo(env.getMessager());
    if (!built.isClean()) {
      state.error();
    }
  }

  /** The {@code T} of {@code Converter<T>} for a usable converter class, else empty. */
  private Optional<TypeMirror> convertedType(Element element) {
    if (element.getKind() != ElementKind.CLASS
        || element.getModifiers().contains(Modifier.ABSTRACT)
        || !element.getModifiers().contains(Modifier.PUBLIC)) {
      return Optional.empty();
    }
    TypeElement type = MoreElements.asType(element);
    if (type.getNestingKind() != NestingKind.TOP_LEVEL
        && (type.getNestingKind() != NestingKind.MEMBER
            || !type.getModifiers().contains(Modifier.STATIC))) {
      return Optional.empty();
    }
    if (!type.getTypeParameters().isEmpty()) {
      return Optional.empty();
    }
    TypeElement converter = env.getElementUtils().getTypeElement(CONVERTER);
    if (converter == null
        || !env.getTypeUtils().isAssignable(type.asType(),
            env.getTypeUtils().erasure(converter.asType()))) {
      return Optional.empty();
    }
    ExecutableElement parse = ElementFilter.methodsIn(converter.getEnclosedElements()).stream()
        .filter(m -> m.getSimpleName().contentEquals("parse"))
        .findFirst()
        .orElseThrow();
    TypeMirror returned = MoreTypes.asExecutable(
        env.getTypeUtils().asMemberOf(MoreTypes.asDeclared(type.asType()), parse)).getReturnType();
    if (returned.getKind() != TypeKind.DECLARED
        || !MoreTypes.asDeclared(returned).getTypeArguments().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(returned);
  }
}
