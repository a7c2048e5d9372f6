package dev.docket.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * A task whose parameter type another processor generates is processed once that type exists,
 * and still lands in the task index.
 */
class DeferralTest {
  /** Generates enum {@code test.Mode} in its first round. */
  static final class ModeProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!done) {
        done = true;
        try (Writer out = processingEnv.getFiler().createSourceFile("test.Mode").openWriter()) {
          out.write("package test; public enum Mode { FAST, SLOW }");
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }
  }

  @Test
  void taskWaitsForAGeneratedParameterType() {
    JavaFileObject source = Samples.source("test.Foo",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task class Foo {",
        "  @Param(defaultValue = \"slow\") Mode mode;",
        "  void run() {}",
        "}");
    Compilation c = javac().withProcessors(new DocketProcessor(), new ModeProcessor())
        .compile(source);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Foo_Params").contentsAsUtf8String()
        .contains("Converters.enumOf(Mode.values()), \"slow\"");
    assertThat(c).generatedSourceFile("test.DocketMain_TaskIndex").contentsAsUtf8String()
        .contains("List.of(Foo_Family.INSTANCE)");
  }
}
