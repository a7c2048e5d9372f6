package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * {@code @Task(sandbox)}: a value that the run could not read is an error on the value, a good
 * one becomes the family's {@code sandbox()}, inherited like the scheduling attributes.
 */
class TaskSandboxTest {
  private static JavaFileObject fit(String annotation) {
    return Samples.source("test.Fit",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task(priority = 1,",
        "    " + annotation + ")",
        "class Fit {",
        "  void run() {}",
        "}");
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DocketProcessor()).compile(sources);
  }

  private static String family(Compilation c, String name) throws IOException {
    return c.generatedSourceFile("test." + name + "_Family").orElseThrow().getCharContent(false)
        .toString();
  }

  @Test
  void anUnknownKindIsAnErrorOnTheValue() {
    JavaFileObject source = fit("sandbox = \"dokcer::local/analysis:1\"");
    assertError(compile(source), source,
        "[DocketTaskSandbox] @Task class Fit has sandbox = \"dokcer::local/analysis:1\": unknown"
            + " sandbox kind 'dokcer': expected KIND::ARGUMENT with KIND one of bash, venv, docker,"
            + " podman, singularity, apptainer, bwrap", "dokcer::");
  }

  @Test
  void aValueWithoutKindOrArgumentIsAnErrorOnTheValue() {
    JavaFileObject bare = fit("sandbox = \"setup.sh\"");
    assertError(compile(bare), bare,
        "[DocketTaskSandbox] @Task class Fit has sandbox = \"setup.sh\": 'setup.sh' is not a"
            + " sandbox: expected KIND::ARGUMENT", "\"setup.sh\"");
    JavaFileObject empty = fit("sandbox = \"venv::\"");
    assertError(compile(empty), empty,
        "[DocketTaskSandbox] @Task class Fit has sandbox = \"venv::\": the sandbox venv:: names"
            + " nothing", "venv::");
  }

  @Test
  void aSandboxBecomesTheFamilysAndOnlyThen() throws IOException {
    Compilation c = compile(fit("sandbox = \" docker::local/analysis:1 \""));
    assertThat(c).succeededWithoutWarnings();
    assertThat(family(c, "Fit")).contains("  public String sandbox() {\n"
        + "    return \"docker::local/analysis:1\";\n");

    Compilation none = compile(fit("sandbox = \"\""));
    assertThat(none).succeededWithoutWarnings();
    assertThat(family(none, "Fit")).doesNotContain("sandbox()");
  }

  @Test
  void aSubclassInheritsTheSandboxUnlessItWritesOne() throws IOException {
    JavaFileObject base = Samples.source("test.Skim",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task(sandbox = \"bash::setup.sh\")",
        "class Skim {",
        "  void run() {}",
        "}");
    JavaFileObject inheriting = Samples.source("test.TightSkim",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task",
        "class TightSkim extends Skim {}");
    JavaFileObject dropping = Samples.source("test.LooseSkim",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task(sandbox = \"\")",
        "class LooseSkim extends Skim {}");
    Compilation c = compile(base, inheriting, dropping);
    assertThat(c).succeededWithoutWarnings();
    assertThat(family(c, "TightSkim")).contains("return \"bash::setup.sh\";");
    assertThat(family(c, "LooseSkim")).doesNotContain("sandbox()");
  }
}
