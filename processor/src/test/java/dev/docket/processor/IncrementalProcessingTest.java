package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.ParamConverter;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import java.io.IOException;
import java.io.InputStream;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What Gradle's incremental compilation relies on: the declared processor type, annotations a
 * class file still carries, and the originating elements of every generated file.
 */
class IncrementalProcessingTest {
  private static String resource(String name) throws IOException {
    try (InputStream in = DocketProcessor.class.getClassLoader().getResourceAsStream(name)) {
      assertThat(in).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void declaresTheProcessorAggregating() throws IOException {
    // Aggregating, not isolating: the task index lists every task, and a task's parameter may
    // use a @ParamConverter class found anywhere in the compilation.
    assertThat(resource("META-INF/gradle/incremental.annotation.processors"))
        .isEqualTo(DocketProcessor.class.getName() + ",aggregating\n");
    assertThat(resource("META-INF/services/javax.annotation.processing.Processor").lines())
        .contains(DocketProcessor.class.getName());
  }

  @Test
  void annotationsSurviveInClassFiles() {
    // Gradle hands an aggregating processor the unchanged tasks as class files.
    for (Class<?> annotation : List.of(Task.class, Param.class, Requires.class, Output.class,
        ParamConverter.class)) {
      Retention retention = annotation.getAnnotation(Retention.class);
      assertThat(retention.value()).isNotEqualTo(RetentionPolicy.SOURCE);
    }
  }

  @Test
  void everyGeneratedFileNamesItsOrigins() {
    FilerSpy spy = FilerSpy.recording();
    assertThat(javac().withProcessors(spy)
            .withOptions("-Adocket.main=org.example.ttbar.Main")
            .compile(Samples.analysis()))
        .succeededWithoutWarnings();
    Map<String, List<String>> origins = spy.origins();
    for (String task : List.of("Selection", "Reconstruction", "Merge")) {
      for (String suffix : List.of("_Params", "_Family", "_Builder")) {
        assertThat(origins).containsEntry("org.example.ttbar." + task + suffix, List.of(task));
      }
    }
    // In family-name order, as the index lists them ("ttbar.Merge" last).
    List<String> all = List.of("Reconstruction", "Selection", "Merge");
    assertThat(origins).containsEntry("org.example.ttbar.Main_TaskIndex", all);
    assertThat(origins).containsEntry("org.example.ttbar.Main", all);
    assertThat(origins).hasSize(11);
  }
}
