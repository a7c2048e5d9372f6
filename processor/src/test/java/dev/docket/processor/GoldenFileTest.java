package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.junit.jupiter.api.Test;

/**
 * Compares generated files with the golden files under {@code src/test/resources/golden/}, as
 * exact text: the layout of generated code is part of the product. Run with
 * {@code -Ddocket.updateGoldens=true} to rewrite them after an intended change.
 */
class GoldenFileTest {
  private static final Path GOLDEN = Paths.get("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("docket.updateGoldens");

  @Test
  void analysisMatchesGoldenFiles() throws IOException {
    Compilation compilation = javac()
        .withProcessors(new DocketProcessor())
        .withOptions("-Adocket.main=org.example.ttbar.Main")
        .compile(Samples.analysis());
    assertThat(compilation).succeededWithoutWarnings();
    for (String name : List.of(
        "Selection_Params", "Selection_Family", "Selection_Builder",
        "Reconstruction_Params", "Reconstruction_Family", "Reconstruction_Builder",
        "Merge_Params", "Merge_Family", "Merge_Builder", "Main_TaskIndex", "Main")) {
      String fqcn = "org.example.ttbar." + name;
      String actual = compilation.generatedSourceFile(fqcn).orElseThrow()
          .getCharContent(false).toString();
      assertGolden(fqcn + ".java", actual);
    }
    JavaFileObject services = compilation.generatedFile(StandardLocation.CLASS_OUTPUT,
        "META-INF/services/dev.docket.runtime.spi.TaskIndex").orElseThrow();
    assertThat(services.getCharContent(false).toString())
        .isEqualTo("org.example.ttbar.Main_TaskIndex\n");
  }

  @Test
  void workflowMatchesGoldenFiles() throws IOException {
    Compilation compilation = javac().withProcessors(new DocketProcessor())
        .compile(Samples.COLOR, Samples.SELECTION, Samples.SKIM);
    assertThat(compilation).succeededWithoutWarnings();
    assertGoldens(compilation, "Skim_Params", "Skim_Family", "Skim_Builder");
  }

  @Test
  void inheritedParametersMatchGoldenFiles() throws IOException {
    Compilation compilation = javac().withProcessors(new DocketProcessor())
        .compile(Samples.ANALYSIS_TASK, Samples.JET_SKIM);
    assertThat(compilation).succeededWithoutWarnings();
    assertGoldens(compilation, "JetSkim_Params", "JetSkim_Family", "JetSkim_Builder");
  }

  private static void assertGoldens(Compilation compilation, String... names)
      throws IOException {
    for (String name : names) {
      String fqcn = "org.example.ttbar." + name;
      assertGolden(fqcn + ".java", compilation.generatedSourceFile(fqcn).orElseThrow()
          .getCharContent(false).toString());
    }
  }

  private static void assertGolden(String file, String actual) throws IOException {
    Path golden = GOLDEN.resolve(file);
    if (UPDATE) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
      return;
    }
    String expected = Files.exists(golden)
        ? Files.readString(golden, StandardCharsets.UTF_8)
        : "<missing golden file " + golden + "; run with -Ddocket.updateGoldens=true>";
    assertThat(actual).isEqualTo(expected);
  }
}
