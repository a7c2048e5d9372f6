package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.Scheduling;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The generated code compiles cleanly, and works when loaded against the real runtime. */
class GeneratedCodeTest {
  @TempDir Path classes;

  @Test
  void cleanAnalysisHasNoWarnings() {
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing").compile(Samples.analysis());
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("org.example.ttbar.DocketMain");
    assertThat(c).generatedSourceFile("org.example.ttbar.DocketMain_TaskIndex");
  }

  @Test
  void packagePrivateTasksInOtherPackagesThanTheMain() {
    JavaFileObject selection = Samples.source("org.example.a.Selection",
        "package org.example.a;",
        "import dev.docket.annotations.*;",
        "@Task public class Selection {",
        "  @Param String dataset;",
        "  void run() {}",
        "}");
    JavaFileObject hidden = Samples.source("org.example.a.Hidden",
        "package org.example.a;",
        "import dev.docket.annotations.*;",
        "@Task class Hidden {",
        "  @Param(defaultValue = \"1\") int n;",
        "  void run() {}",
        "}");
    JavaFileObject reco = Samples.source("org.example.b.Reco",
        "package org.example.b;",
        "import dev.docket.annotations.*;",
        "import org.example.a.Selection;",
        "@Task class Reco {",
        "  @Param String dataset;",
        "  @Requires Selection selection;",
        "  static class Deeper {",
        "    @Task static class Nested { void run() {} }",
        "  }",
        "  void run() {}",
        "}");
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing").compile(selection, hidden, reco);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("org.example.DocketMain");
    assertThat(c).generatedSourceFile("org.example.DocketMain_TaskIndex");
    assertThat(c).generatedSourceFile("org.example.b.Reco_Deeper_Nested_Family");
  }

  @Test
  void collectionsMapsAndCheckedExceptionsCompile() {
    JavaFileObject bar = Samples.source("test.Bar",
        "package test;",
        "import dev.docket.annotations.*;",
        "@Task class Bar { @Param(defaultValue = \"1\") int n; void run() {} }");
    JavaFileObject foo = Samples.source("test.Foo",
        "package test;",
        "import dev.docket.annotations.*;",
        "import dev.docket.runtime.*;",
        "import java.util.*;",
        "@Task class Foo {",
        "  @Requires Set<? extends Bar> some() throws java.io.IOException { return Set.of(); }",
        "  @Requires Map<String, Bar> named() { return Map.of(); }",
        // Every other shape Shapes accepts, each now reported by addAll rather than a loop.
        "  @Requires Iterable<Bar> iterable() { return List.of(); }",
        "  @Requires Collection<? extends Bar> collection() { return List.of(); }",
        "  @Requires List<Bar> list() { return List.of(); }",
        "  @Requires Map<Integer, ? extends Bar> keyed() { return Map.of(); }",
        "  @Requires Bar one() { return Bar_Builder.create().n(2).build(); }",
        "  @Output Collection<LocalFileTarget> files() throws Exception { return List.of(); }",
        "  void run(TaskContext context) {}",
        "}");
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing").compile(bar, foo);
    assertThat(c).succeededWithoutWarnings();
    assertThat(c).generatedSourceFile("test.Foo_Family").contentsAsUtf8String()
        .contains("sink.addAll(Bar_Family.INSTANCE, task.named().values());");
    assertThat(c).generatedSourceFile("test.Foo_Family").contentsAsUtf8String()
        .contains("sink.addAll(Bar_Family.INSTANCE, task.keyed().values());");
    assertThat(c).generatedSourceFile("test.Foo_Family").contentsAsUtf8String()
        .contains("sink.addAll(Bar_Family.INSTANCE, task.iterable());");
  }

  @Test
  void generatedCodeParsesFormatsAndBuildsTheGraph() throws Exception {
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Adocket.main=org.example.ttbar.Main").compile(Samples.analysis());
    assertThat(c).succeeded();
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    try (URLClassLoader loader = load(c)) {
      // TaskBuilder.copyFrom (req) finds families through ServiceLoader on this loader.
      Thread.currentThread().setContextClassLoader(loader);

      Class<?> params = loader.loadClass("org.example.ttbar.Selection_Params");
      Class<?> selection = loader.loadClass("org.example.ttbar.Selection_Family");
      Object task = selection.getMethod("parse", String[].class)
          .invoke(null, (Object) new String[] {"--dataset", "x", "--tags", "p\\,q,r"});
      @SuppressWarnings("unchecked")
      List<String> args = (List<String>) selection.getMethod("toArgs", task.getClass())
          .invoke(null, task);
      Object again = selection.getMethod("parse", String[].class)
          .invoke(null, (Object) args.toArray(new String[0]));
      ParamValues values = valuesOf(params, task);
      assertThat(valuesOf(params, again)).isEqualTo(values);
      assertThat(family(loader, "Selection").id(task).toString()).isEqualTo(
          "Selection(dataset=x, minJets=4, version=v1, channel=MUON, tags=p\\,q,r)");

      Object reco = loader.loadClass("org.example.ttbar.Reconstruction_Family")
          .getMethod("parse", String[].class)
          .invoke(null, (Object) new String[] {"--dataset", "ttbar", "--version", "v2"});
      assertThat(requirements(family(loader, "Reconstruction"), reco)).containsExactly(
          "Selection(dataset=ttbar, minJets=4, version=v2, channel=MUON, tags=a,b)");

      Object merge = loader.loadClass("org.example.ttbar.Merge_Family")
          .getMethod("parse", String[].class).invoke(null, (Object) new String[0]);
      TaskFamily<Object> mergeFamily = family(loader, "Merge");
      assertThat(mergeFamily.name()).isEqualTo("ttbar.Merge");
      assertThat(requirements(mergeFamily, merge)).containsExactly(
          "Reconstruction(dataset=ttbar, version=v1, minJets=6)",
          "Reconstruction(dataset=wjets, version=v1, minJets=6)");
      List<String> outputs = new ArrayList<>();
      mergeFamily.outputs(merge, target -> outputs.add(target.describe()));
      assertThat(outputs).hasSize(2);
      // @Task(priority = 10, retries = 2, retryDelay = "30s", timeout = "2h", resources = ...)
      assertThat(mergeFamily.scheduling()).isEqualTo(new Scheduling(10, 2,
          Duration.ofSeconds(30), Duration.ofHours(2),
          Map.of("db", 1L, "memory", 4L << 30, "cpu", 2L)));
      assertThat(family(loader, "Selection").scheduling()).isSameInstanceAs(Scheduling.NONE);

      List<String> names = new ArrayList<>();
      for (TaskIndex index : ServiceLoader.load(TaskIndex.class, loader)) {
        index.families().forEach(f -> names.add(f.name()));
      }
      assertThat(names).containsExactly("Reconstruction", "Selection", "ttbar.Merge").inOrder();
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private static ParamValues valuesOf(Class<?> params, Object task) throws Exception {
    return (ParamValues) params.getMethod("valuesOf", task.getClass()).invoke(null, task);
  }

  @SuppressWarnings("unchecked")
  private static TaskFamily<Object> family(ClassLoader loader, String simpleName)
      throws Exception {
    return (TaskFamily<Object>) loader.loadClass("org.example.ttbar." + simpleName + "_Family")
        .getField("INSTANCE").get(null);
  }

  private static List<String> requirements(TaskFamily<Object> family, Object task)
      throws Exception {
    List<String> ids = new ArrayList<>();
    family.requirements(task, new Requirements() {
      @Override
      public <R> void add(TaskFamily<R> required, R requiredTask) {
        ids.add(required.id(requiredTask).toString());
      }

      @Override
      public void add(Object requiredTask) {
        throw new AssertionError("generated code knows every family");
      }
    });
    return ids;
  }

  /** Writes the compilation's class files and resources to a directory and loads them. */
  private URLClassLoader load(Compilation c) throws IOException {
    for (JavaFileObject file : c.generatedFiles()) {
      String uri = file.toUri().getPath();
      int at = uri.indexOf("CLASS_OUTPUT/");
      if (at < 0) {
        continue;
      }
      Path target = classes.resolve(uri.substring(at + "CLASS_OUTPUT/".length()));
      Files.createDirectories(target.getParent());
      try (InputStream in = file.openInputStream()) {
        Files.copy(in, target);
      }
    }
    return new URLClassLoader(new URL[] {classes.toUri().toURL()},
        GeneratedCodeTest.class.getClassLoader());
  }
}
