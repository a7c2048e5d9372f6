package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;
import static dev.docket.processor.Diagnostics.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * When writing fails: a name that is taken is the user's to fix ({@code DocketWrite}); any
 * other exception is Docket's bug, reported once on the task it happened on
 * ({@code DocketInternal}) while the other tasks are still processed.
 */
class ProcessorFailureTest {
  private static final JavaFileObject NESTED = Samples.source("test.Outer",
      "package test;",
      "import dev.docket.annotations.*;",
      "class Outer {",
      "  @Task static class Foo { void run() {} }",
      "}");
  private static final JavaFileObject FLAT = Samples.source("test.Outer_Foo",
      "package test;",
      "import dev.docket.annotations.*;",
      "@Task class Outer_Foo { void run() {} }");
  private static final JavaFileObject FOO = Samples.source("test.Foo",
      "package test;",
      "import dev.docket.annotations.*;",
      "@Task class Foo {",
      "  @Param(defaultValue = \"1\") int n;",
      "  void run() {}",
      "}");
  private static final JavaFileObject BAR = Samples.source("test.Bar",
      "package test;",
      "import dev.docket.annotations.*;",
      "@Task class Bar { void run() {} }");

  @Test
  void twoTasksWhoseGeneratedNamesClash() {
    // Outer.Foo and Outer_Foo both give test.Outer_Foo_Params: the second is refused.
    Compilation c = compile(NESTED, FLAT);
    assertError(c, FLAT, "[DocketWrite] Docket could not write test.Outer_Foo_Params:"
        + " javax.annotation.processing.FilerException: Attempt to recreate a file for type"
        + " test.Outer_Foo_Params; if another class already has that name (a nested Outer.Foo"
        + " and a class Outer_Foo both give Outer_Foo_...), rename one of them",
        "class Outer_Foo");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void mainClassNamedLikeAGeneratedFile() {
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Adocket.main=test.Foo_Params").compile(FOO);
    assertThat(c).hadErrorContaining("[DocketWrite] Docket could not write test.Foo_Params:"
        + " javax.annotation.processing.FilerException: Attempt to recreate a file for type"
        + " test.Foo_Params; if a class of that name already exists, rename it or set"
        + " -Adocket.main");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void unexpectedExceptionIsOneErrorOnItsTask() {
    FilerSpy spy = FilerSpy.failingOn("test.Foo_Family", new IllegalStateException("boom"));
    Compilation c = javac().withProcessors(spy).compile(FOO, BAR);
    assertError(c, FOO, "[DocketInternal] Docket's processor failed on test.Foo. This is a bug"
        + " in Docket; please report it with this message and the stack trace:", "class Foo");
    assertThat(c).hadErrorContaining("java.lang.IllegalStateException: boom");
    assertThat(c).hadErrorCount(1);
    // javac went on, and so did the processor: the other task's files are there.
    assertThat(spy.origins()).containsKey("test.Bar_Family");
    assertThat(spy.origins()).containsKey("test.Bar_Builder");
  }
}
