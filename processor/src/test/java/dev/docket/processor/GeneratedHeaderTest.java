package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** The header every generated file carries, and the warnings it keeps out of the user's build. */
class GeneratedHeaderTest {
  private static final JavaFileObject OLD = Samples.source("org.example.ttbar.Old",
      "package org.example.ttbar;",
      "import dev.docket.annotations.*;",
      "/** Kept for old plots. */",
      "@Deprecated @Task class Old {",
      "  @Param(defaultValue = \"MUON\") Gone gone;",
      "  @Deprecated @Param(defaultValue = \"1\") int level;",
      "  @Param String dataset;",
      "  @Requires Selection selection;",
      "  void run() {}",
      "}");
  private static final JavaFileObject GONE = Samples.source("org.example.ttbar.Gone",
      "package org.example.ttbar;",
      "@Deprecated(forRemoval = true) public enum Gone { MUON }");

  @Test
  void deprecatedTasksAndTypesWarnOnlyInTheUsersSource() {
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing")
        .compile(Samples.COLOR, Samples.SELECTION, OLD, GONE);
    assertThat(c).succeeded();
    // The user's own field of a type marked for removal warns; the generated files that must
    // name the same types do not add to it.
    assertThat(c).hadWarningContaining("has been deprecated and marked for removal")
        .inFile(OLD).onLineContaining("Gone gone");
    List<String> generated = c.warnings().stream()
        .filter(d -> d.getSource() != null
            && d.getSource().toUri().getPath().contains("SOURCE_OUTPUT"))
        .map(d -> d.getMessage(null))
        .toList();
    assertThat(generated).isEmpty();
  }

  @Test
  void everyFileSaysWhoWroteItAndWhereItIsDocumented() throws IOException {
    Compilation c = javac().withProcessors(new DocketProcessor()).compile(Samples.analysis());
    assertThat(c).succeeded();
    for (JavaFileObject file : c.generatedSourceFiles()) {
      assertThat(file.getCharContent(false).toString()).contains("@Generated(\n"
          + "    value = \"dev.docket.processor.DocketProcessor\",\n"
          + "    comments = \"README.md#what-is-generated\"\n)\n"
          + "@SuppressWarnings({\"deprecation\", \"removal\"})\npublic final class ");
    }
    assertThat(c.generatedSourceFiles()).hasSize(11);
  }
}
