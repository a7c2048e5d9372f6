package dev.docket.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * Members inherited from superclasses (issue #3): abstract bases, generic bases, a task
 * extending a task, overrides; and each error inheritance brings.
 */
class InheritanceTest {
  private static final String IMPORTS =
      "import dev.docket.annotations.*; import dev.docket.runtime.*; import java.util.*;";

  private static JavaFileObject source(String qualifiedName, String... body) {
    String pkg = qualifiedName.substring(0, qualifiedName.lastIndexOf('.'));
    String[] lines = new String[body.length + 2];
    lines[0] = "package " + pkg + ";";
    lines[1] = IMPORTS;
    System.arraycopy(body, 0, lines, 2, body.length);
    return Samples.source(qualifiedName, lines);
  }

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DocketProcessor())
        .withOptions("-Xlint:all,-processing").compile(sources);
  }

  private static final JavaFileObject ANALYSIS_TASK = source("base.AnalysisTask",
      "/** Base of every task: the version. */",
      "public abstract class AnalysisTask {",
      "  @Param(defaultValue = \"v1\") public String version;",
      "  @Param(defaultValue = \"2\", significant = false) public int threads;",
      "}");

  private static final JavaFileObject DATASET_TASK = source("base.DatasetTask",
      "public abstract class DatasetTask extends AnalysisTask {",
      "  @Param public String dataset;",
      "  @Output public LocalFileTarget out() { return LocalFileTarget.of(version, dataset); }",
      "}");

  @Test
  void abstractBaseClassesInAnotherPackageContributeParamsAndOutputs() {
    JavaFileObject selection = source("ana.Selection",
        "@Task class Selection extends base.DatasetTask {",
        "  @Param(defaultValue = \"4\") int minJets;",
        "  void run() {}",
        "}");
    Compilation c = compile(ANALYSIS_TASK, DATASET_TASK, selection);
    assertThat(c).succeededWithoutWarnings();
    String family = source(c, "ana.Selection_Family");
    // Superclasses' parameters first, in declaration order; then the task's own.
    assertThat(source(c, "ana.Selection_Params"))
        .containsMatch("(?s)VERSION.*THREADS.*DATASET.*MIN_JETS");
    assertThat(family).contains("task.version = values.get(Selection_Params.VERSION);");
    assertThat(family).contains("sink.accept(task.out());");
  }

  @Test
  void requiresFieldsPropagateInheritedParameters() {
    JavaFileObject selection = source("ana.Selection",
        "@Task class Selection extends base.DatasetTask { void run() {} }");
    JavaFileObject reco = source("ana.Reco",
        "@Task class Reco extends base.DatasetTask {",
        "  @Requires Selection selection;",
        "  void run() {}",
        "}");
    Compilation c = compile(ANALYSIS_TASK, DATASET_TASK, selection, reco);
    assertThat(c).succeededWithoutWarnings();
    assertThat(source(c, "ana.Reco_Family")).containsMatch(
        "(?s)task.selection = Selection_Builder.create\\(\\)\\s*\\.version\\(task.version\\)"
            + "\\s*\\.threads\\(task.threads\\)\\s*\\.dataset\\(task.dataset\\)");
  }

  @Test
  void genericSuperclassResolvesTypeArguments() {
    JavaFileObject calib = source("test.Calib",
        "@Task class Calib { @Param(defaultValue = \"1\") int n; void run() {} }");
    JavaFileObject base = source("test.Calibrated",
        "abstract class Calibrated<C, V> {",
        "  @Requires C calibration;",
        "  @Param V value;",
        "}");
    JavaFileObject foo = source("test.Foo",
        "@Task class Foo extends Calibrated<Calib, Integer> {",
        "  @Param(defaultValue = \"3\") int n;",
        "  void run() {}",
        "}");
    Compilation c = compile(calib, base, foo);
    assertThat(c).succeededWithoutWarnings();
    assertThat(source(c, "test.Foo_Params"))
        .contains("ParamSpec<Integer> VALUE = ParamSpec.required(0, \"value\", \"java.lang.Integer\"");
    assertThat(source(c, "test.Foo_Family"))
        .contains("task.calibration = Calib_Builder.create()");
    assertThat(source(c, "test.Foo_Builder")).contains("public Foo_Builder value(Integer value)");
  }

  @Test
  void taskExtendingATaskAndOverridingAParameter() {
    JavaFileObject selection = source("test.Selection",
        "@Task class Selection {",
        "  @Param(defaultValue = \"v1\") String version;",
        "  @Output LocalFileTarget out() { return LocalFileTarget.of(version); }",
        "  void run() {}",
        "}");
    JavaFileObject tight = source("test.TightSelection",
        "@Task class TightSelection extends Selection {",
        "  @Param(defaultValue = \"v2\", description = \"Newer.\") String version;",
        "}");
    Compilation c = compile(selection, tight);
    assertThat(c).succeededWithoutWarnings();
    String family = source(c, "test.TightSelection_Family");
    assertThat(family).contains("task.version = values.get(TightSelection_Params.VERSION);");
    assertThat(family).contains("((Selection) task).version = task.version;");
    assertThat(family).contains("task.run()");
    assertThat(source(c, "test.TightSelection_Params")).contains("\"v2\"");
  }

  @Test
  void overrideInAGenericSuperclassCastsWithItsTypeArguments() {
    JavaFileObject base = source("test.Base",
        "abstract class Base<T> {",
        "  @Param T value;",
        "  @Param(defaultValue = \"v1\") String version;",
        "}");
    JavaFileObject foo = source("test.Foo",
        "@Task class Foo extends Base<Integer> {",
        "  @Param(defaultValue = \"3\") Integer value;",
        "  @Param(defaultValue = \"v2\") String version;",
        "  void run() {}",
        "}");
    Compilation c = compile(base, foo);
    assertThat(c).succeededWithoutWarnings();
    String family = source(c, "test.Foo_Family");
    assertThat(family).contains("((Base<Integer>) task).value = task.value;");
    assertThat(family).contains("((Base<Integer>) task).version = task.version;");
  }

  @Test
  void inheritedFieldNotReachableFromAnotherPackage() {
    JavaFileObject base = source("base.Base",
        "public abstract class Base {",
        "  @Param protected String dataset;",
        "  @Output protected LocalFileTarget out() { return null; }",
        "}");
    JavaFileObject foo = source("ana.Foo",
        "@Task class Foo extends base.Base { void run() {} }");
    Compilation c = compile(base, foo);
    assertError(c, base,
        "[DocketInheritedAccess] @Param field 'dataset' of Base is"
            + " not public, and the code Docket generates for Foo in package ana cannot reach it"
            + " from another package", "String dataset");
    assertError(c, base, "[DocketInheritedAccess] @Output method 'out' of Base", "out()");
  }

  @Test
  void inheritedRunNotReachableFromAnotherPackage() {
    JavaFileObject base = source("base.Base",
        "public abstract class Base { protected void run() {} }");
    JavaFileObject foo = source("ana.Foo", "@Task class Foo extends base.Base {}");
    assertError(compile(base, foo), foo,
        "[DocketInheritedAccess] @Task class Foo inherits its run method"
            + " from Base in another package", "class Foo");
  }

  @Test
  void overrideWithAnotherType() {
    JavaFileObject base = source("test.Base",
        "abstract class Base { @Param(defaultValue = \"1\") int dataset; }");
    JavaFileObject foo = source("test.Foo",
        "@Task class Foo extends Base {",
        "  @Param String dataset;",
        "  void run() {}",
        "}");
    assertError(compile(base, foo), foo,
        "[DocketParamOverride] @Param field 'dataset' (String) in Foo"
            + " redeclares the parameter 'dataset' (int) of Base with another type, so --dataset"
            + " would mean two things", "String dataset");
  }

  @Test
  void twoInheritedParametersWithOneCommandLineName() {
    JavaFileObject base = source("test.Base",
        "abstract class Base { @Param(defaultValue = \"1\") int min_jets; }");
    JavaFileObject foo = source("test.Foo",
        "@Task class Foo extends Base {",
        "  @Param(defaultValue = \"x\") String minJets;",
        "  void run() {}",
        "}");
    assertError(compile(base, foo), foo,
        "[DocketParamCliName] @Param field 'minJets' has the command-line"
            + " name --min-jets, which field 'min_jets' already has", "String minJets");
  }

  @Test
  void fieldHidingAnInheritedParameter() {
    JavaFileObject base = source("test.Base",
        "abstract class Base { @Param(defaultValue = \"v1\") String version; }");
    JavaFileObject foo = source("test.Foo",
        "@Task class Foo extends Base {",
        "  String version = \"mine\";",
        "  void run() {}",
        "}");
    assertError(compile(base, foo), foo,
        "[DocketMemberHidden] field 'version' of Foo hides the @Param field"
            + " 'version' of Base", "String version = ");
  }

  @Test
  void abstractTaskClass() {
    JavaFileObject foo = source("test.Foo",
        "@Task abstract class Foo { void run() {} }");
    assertError(compile(foo), foo,
        "[DocketTaskAbstract] @Task class Foo must not be abstract: Docket"
            + " creates tasks with new Foo(); remove abstract, or remove @Task to keep Foo as a"
            + " base class", "class Foo");
  }

  @Test
  void errorsInAnAbstractBaseAreReportedWhereTheyAre() {
    JavaFileObject base = source("test.Base",
        "abstract class Base { @Param final String dataset = \"x\"; }");
    JavaFileObject foo = source("test.Foo", "@Task class Foo extends Base { void run() {} }");
    assertError(compile(base, foo), base,
        "[DocketParamModifier] @Param field 'dataset' must not be final", "String dataset");
  }

  private static String source(Compilation c, String name) {
    try {
      return c.generatedSourceFile(name).orElseThrow().getCharContent(true).toString();
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
