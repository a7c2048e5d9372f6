package dev.docket.processor.writing;

import com.google.auto.common.GeneratedAnnotations;
import com.palantir.javapoet.AnnotationSpec;
import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import java.io.IOException;
import java.util.List;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * The shared header of every generated source: originating elements, {@code @Generated} (only
 * when {@code javax.annotation.processing.Generated} exists, and without a date so that output
 * is byte-identical from build to build) pointing at the README's list of generated files,
 * one {@code @SuppressWarnings}, and the import policy.
 */
public abstract class SourceFileGenerator<T> {
  private final Filer filer;
  private final ProcessingEnvironment env;

  protected SourceFileGenerator(ProcessingEnvironment env) {
    this.env = env;
    this.filer = env.getFiler();
  }

  /** The class this generator writes for {@code input}. */
  public abstract ClassName name(T input);

  /** The elements the file is derived from, for incremental builds. */
  protected abstract List<? extends Element> origins(T input);

  /** The type, without the header. */
  protected abstract TypeSpec.Builder write(T input);

  public final void generate(T input) throws IOException {
    javaFile(input).writeTo(filer);
  }

  public final JavaFile javaFile(T input) {
    TypeSpec.Builder type = write(input);
    GeneratedAnnotations.generatedAnnotation(env.getElementUtils(), env.getSourceVersion())
        .ifPresent(generated -> type.addAnnotation(
            AnnotationSpec.builder(ClassName.get(generated))
                .addMember("value", "$S", GeneratedNames.PROCESSOR)
                .addMember("comments", "$S", GeneratedNames.DOCS)
                .build()));
    // A deprecated task, parameter or parameter type is the user's decision; the generated
    // code that must still name it should not add warnings the user cannot fix. Nothing
    // generated needs "unchecked" or "rawtypes" (GeneratedHeaderTest compiles with -Xlint:all).
    type.addAnnotation(AnnotationSpec.builder(SuppressWarnings.class)
        .addMember("value", "{$S, $S}", "deprecation", "removal")
        .build());
    origins(input).forEach(type::addOriginatingElement);
    return JavaFile.builder(name(input).packageName(), type.build())
        .skipJavaLangImports(true)
        .build();
  }

  /** Text safe inside a Javadoc comment. */
  protected static String javadocText(String text) {
    return text.replace("*/", "*&#47;");
  }
}
