package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The generated files of one task depend one way: {@code Foo_Builder} -> {@code Foo_Family} ->
 * {@code Foo_Params} -> no generated class (see the writing package's documentation).
 */
class GeneratedFileDependenciesTest {
  private static String source(Compilation c, String name) throws IOException {
    return c.generatedSourceFile("org.example.ttbar." + name).orElseThrow()
        .getCharContent(false).toString();
  }

  @Test
  void paramsNameNoGeneratedClassAndFamiliesNotTheirOwnBuilder() throws IOException {
    Compilation c = javac().withProcessors(new DocketProcessor()).compile(Samples.analysis());
    assertThat(c).succeeded();
    for (String task : List.of("Selection", "Reconstruction", "Merge")) {
      String params = source(c, task + "_Params");
      // Its own name is the only generated one: no _Family, _Builder or other task's _Params.
      assertThat(params.replace(task + "_Params", ""))
          .doesNotContainMatch("\\w_(Family|Builder|Params|TaskIndex)\\b");
      String family = source(c, task + "_Family");
      assertThat(family).contains(task + "_Params.ALL");
      assertThat(family).doesNotContain(task + "_Builder");
      assertThat(source(c, task + "_Builder")).contains(task + "_Family.INSTANCE");
    }
    // Merge requires Reconstruction: across tasks, a family names the required family.
    assertThat(source(c, "Merge_Family")).contains("Reconstruction_Family.INSTANCE");
  }

  @Test
  void generatedCodeNamesTheUserApiAndSpiOnlyNeverAnInternalPackage() throws IOException {
    Compilation c = javac()
        .withProcessors(new DocketProcessor())
        .withOptions("-Adocket.main=org.example.ttbar.Main")
        .compile(Samples.analysis());
    assertThat(c).succeeded();
    assertThat(c.generatedSourceFiles()).isNotEmpty();
    for (var file : c.generatedSourceFiles()) {
      assertThat(file.getCharContent(false).toString())
          .doesNotContain("dev.docket.runtime.internal");
    }
    assertThat(source(c, "Main")).contains("CommandLine.main(new Main_TaskIndex(), args)");
  }
}
