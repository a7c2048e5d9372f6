package dev.docket.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.docket.processor.Diagnostics.assertError;
import static dev.docket.processor.Diagnostics.compile;

import com.google.testing.compile.Compilation;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** One test per diagnostic of the catalogue: its ID and text, on the offending line. */
class ErrorMessagesTest {
  private static final String IMPORTS =
      "import dev.docket.annotations.*; import dev.docket.runtime.*; import java.util.*;";

  private static JavaFileObject task(String name, String... body) {
    String[] lines = new String[body.length + 3];
    lines[0] = "package test;";
    lines[1] = IMPORTS;
    System.arraycopy(body, 0, lines, 2, body.length);
    lines[lines.length - 1] = "";
    return Samples.source("test." + name, lines);
  }

  private static final String RUN = "  void run() {}";

  @Test
  void taskNestedPrivately() {
    JavaFileObject source = task("Outer", "class Outer {",
        "  @Task private static class Hidden {", "  " + RUN, "  }", "}");
    assertError(source,
        "[DocketTaskPrivate] @Task class Hidden must not be private", "class Hidden");
  }

  @Test
  void taskWithTypeParameters() {
    JavaFileObject source = task("Foo", "@Task class Foo<T> {", RUN, "}");
    Compilation c = assertError(source,
        "[DocketTaskGeneric] @Task class Foo must not have type parameters", "class Foo<T>");
    // Reported, not generated: a generic family would give code that does not compile.
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void requiresFieldOfNonTaskType() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Requires String bar;", RUN, "}");
    assertError(source,
        "[DocketRequiresType] @Requires field 'bar' has type String, which is not a @Task",
        "String bar");
  }

  @Test
  void requiresMethodOfNonTaskType() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires List<String> inputs() { return List.of(); }", RUN, "}");
    assertError(source,
        "[DocketRequiresType] @Requires method 'inputs' has type List<String>", "inputs()");
  }

  @Test
  void requiresFieldHoldingACollection() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Requires List<Bar> bars;", RUN,
        "}");
    assertError(compile(bar, source), source,
        "a field holds exactly one @Task; for a collection or map of tasks,"
            + " declare a @Requires method", "List<Bar> bars");
  }

  @Test
  void requiresFieldWhoseRequiredParameterCannotBeSupplied() {
    JavaFileObject selection = task("Selection", "@Task class Selection {",
        "  @Param String dataset;", "  @Param(defaultValue = \"4\") int minJets;", RUN, "}");
    JavaFileObject reconstruction = task("Reconstruction", "@Task class Reconstruction {",
        "  @Param int dataset;", "  @Requires Selection selection;", RUN, "}");
    assertError(compile(selection, reconstruction), reconstruction,
        "[DocketRequiresParam] @Requires field 'selection' needs parameter"
            + " 'dataset' (String) which Reconstruction does not declare; add @Param String"
            + " dataset to Reconstruction or give it a defaultValue in Selection",
        "Selection selection");
  }

  @Test
  void cycleAmongRequiresFields() {
    JavaFileObject foo = task("Foo", "@Task class Foo {", "  @Requires Bar bar;", RUN, "}");
    JavaFileObject bar = task("Bar", "@Task class Bar {", "  @Requires Foo foo;", RUN, "}");
    Compilation c = compile(foo, bar);
    assertError(c, bar,
        "[DocketRequiresCycle] @Requires fields of Bar form a cycle, so none of these tasks"
            + " can ever be created:", "class Bar");
    // One line per edge, starting where the cycle is reported.
    assertThat(c).hadErrorContainingMatch("Bar\\.foo requires Foo\\s+Foo\\.bar requires Bar");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void taskRequiringItself() {
    JavaFileObject foo = task("Foo", "@Task class Foo {", "  @Requires Foo again;", RUN, "}");
    assertError(foo, "[DocketRequiresCycle] @Requires fields of Foo form a cycle", "class Foo");
  }

  @Test
  void paramPrivate() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param private String dataset;",
        RUN, "}");
    assertError(source,
        "[DocketParamModifier] @Param field 'dataset' must not be private",
        "private String dataset");
  }

  @Test
  void paramFinalAndStatic() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param static final String dataset = \"x\";", RUN, "}");
    assertError(source,
        "@Param field 'dataset' must not be final and static", "static final String dataset");
  }

  @Test
  void paramWithoutConverter() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param Object dataset;", RUN,
        "}");
    assertError(source,
        "[DocketParamType] @Param field 'dataset' has type Object, which has"
            + " no converter; use one of: String, boolean", "Object dataset");
  }

  @Test
  void paramDefaultThatDoesNotParse() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param(", "      defaultValue = \"four\") int minJets;", RUN, "}");
    assertError(source,
        "[DocketParamDefault] @Param field 'minJets' has defaultValue"
            + " \"four\", which is not a valid int (expected a whole number, e.g. 4)",
        "defaultValue = \"four\"");
  }

  @Test
  void paramEnumDefaultThatIsNotAConstant() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  enum Color { RED, GREEN }",
        "  @Param(defaultValue = \"blue\") Color color;", RUN, "}");
    assertError(source,
        "has defaultValue \"blue\", which is not a valid Foo.Color (expected one"
            + " of RED, GREEN)", "defaultValue = \"blue\"");
  }

  @Test
  void paramListDefaultWithABadElement() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param(defaultValue = \"1,x\") List<Integer> sizes;", RUN, "}");
    assertError(source,
        "[DocketParamDefault] @Param field 'sizes' has defaultValue \"1,x\"",
        "defaultValue = \"1,x\"");
  }

  @Test
  void paramsWithTheSameCommandLineName() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param String minJets;",
        "  @Param String min_jets;", RUN, "}");
    assertError(source,
        "[DocketParamCliName] @Param field 'min_jets' has the command-line"
            + " name --min-jets, which field 'minJets' already has; rename one of them",
        "String min_jets");
  }

  @Test
  void paramNamedLikeARunOption() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param int workers;", RUN, "}");
    assertError(source,
        "[DocketParamReserved] @Param field 'workers' has the command-line"
            + " name --workers, which is an option of 'run' itself; rename the field",
        "int workers");
  }

  @Test
  void outputNotATarget() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output String out() { return \"\"; }", RUN, "}");
    assertError(source,
        "[DocketOutputType] @Output method 'out' returns String, which is not"
            + " a dev.docket.runtime.Target", "String out()");
  }

  @Test
  void outputWithArguments() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output LocalFileTarget out(String name) { return LocalFileTarget.of(name); }", RUN,
        "}");
    assertError(source,
        "[DocketOutputArguments] @Output method 'out' must not take arguments", "out(String name)");
  }

  @Test
  void outputPrivateOrStatic() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output private static LocalFileTarget out() { return LocalFileTarget.of(\"x\"); }",
        RUN, "}");
    assertError(source,
        "[DocketOutputModifier] @Output method 'out' must not be private and"
            + " static", "LocalFileTarget out()");
  }

  @Test
  void taskWithoutRun() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  private void run() {}", "}");
    assertError(source,
        "[DocketTaskRun] @Task class Foo needs a method void run() or"
            + " void run(TaskContext)", "class Foo");
  }

  @Test
  void taskWithoutNoArgumentConstructor() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  Foo(String name) {}", RUN, "}");
    assertError(source,
        "[DocketTaskConstructor] @Task class Foo needs a no-argument"
            + " constructor that is not private; add Foo() {}", "class Foo");
  }

  @Test
  void abstractTask() {
    JavaFileObject source = task("Foo", "@Task abstract class Foo {", RUN, "}");
    assertError(source,
        "[DocketTaskAbstract] @Task class Foo must not be abstract", "abstract class Foo");
  }

  @Test
  void innerTask() {
    JavaFileObject source = task("Outer", "class Outer {", "  @Task class Foo {", RUN, "  }",
        "}");
    assertError(source,
        "[DocketTaskInner] @Task class Foo must not be an inner class", "class Foo");
  }

  @Test
  void taskThatIsNotAClass() {
    JavaFileObject source = task("Foo", "@Task", "interface Foo {}");
    assertError(source, "[DocketTaskKind] @Task Foo must be a class", "@Task");
  }

  @Test
  void twoTasksWithTheSameFamilyName() {
    JavaFileObject first = task("Foo", "@Task(name = \"Same\") class Foo {", RUN, "}");
    JavaFileObject second = task("Bar", "@Task(name = \"Same\") class Bar {", RUN, "}");
    Compilation c = compile(first, second);
    assertError(c, second,
        "[DocketTaskDuplicateName] @Task class Bar has the family name"
            + " 'Same', which test.Foo already has", "class Bar");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void requiresFieldPrivateFinal() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires private final Bar bar = null;", RUN, "}");
    assertError(compile(bar, source), source,
        "[DocketRequiresModifier] @Requires field 'bar' must not be private"
            + " and final", "Bar bar");
  }

  @Test
  void requiresMethodWithArgumentsOrPrivate() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires private Bar bar(int i) { return null; }", RUN, "}");
    Compilation c = compile(bar, source);
    assertError(c, source,
        "[DocketRequiresArguments] @Requires method 'bar' must not take"
            + " arguments", "Bar bar(int i)");
    assertError(c, source,
        "[DocketRequiresModifier] @Requires method 'bar' must not be private", "Bar bar(int i)");
  }

  @Test
  void annotationsOutsideATask() {
    JavaFileObject source = task("Foo", "class Foo {", "  @Param String dataset;",
        "  @Output LocalFileTarget out() { return null; }", "}");
    Compilation c = assertError(source,
        "[DocketNotInTask] @Param field 'dataset' is in Foo, which is neither"
            + " a @Task nor an abstract class; annotate Foo with @Task, or make it abstract to use"
            + " it as a base class of tasks", "String dataset");
    assertError(c, source, "[DocketNotInTask] @Output method 'out' is in Foo", "out()");
  }

  @Test
  void badMainOption() {
    JavaFileObject source = task("Foo", "@Task class Foo {", RUN, "}");
    Compilation c = javac().withProcessors(new DocketProcessor())
        .withOptions("-Adocket.main=not a name").compile(source);
    assertThat(c).hadErrorContaining(
        "[DocketOption] Processor option -Adocket.main must be a fully qualified class name");
  }

  // ---- workflows (#5)

  private static final String WORKFLOW_IMPORTS = "import dev.docket.runtime.workflow.*;";
  private static final String BRANCH_MAP =
      "  public Map<Integer, String> branchMap() { return Branches.of(List.of(\"a\", \"b\")); }";

  @Test
  void workflowWithoutBranchParameter() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {", BRANCH_MAP, RUN, "}");
    assertError(source,
        "[DocketWorkflowBranch] @Task class Skim implements Workflow, so it"
            + " needs the parameter that selects a branch; add @Param(defaultValue = \"-1\") int branch;",
        "class Skim");
  }

  @Test
  void workflowBranchParameterWithWrongDefault() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {",
        "  @Param(defaultValue = \"0\") int branch;", BRANCH_MAP, RUN, "}");
    assertError(source,
        "[DocketWorkflowBranchParam] @Param field 'branch' of the workflow Skim"
            + " must be a significant int with defaultValue \"-1\" (the whole workflow); found int"
            + " with defaultValue \"0\"", "int branch");
  }

  @Test
  void workflowBranchParameterOfWrongTypeOrInsignificant() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {",
        "  @Param(defaultValue = \"-1\", significant = false) long branch;", BRANCH_MAP, RUN, "}");
    assertError(source, "found long with defaultValue \"-1\", not significant", "long branch");
  }

  @Test
  void workflowDeclaredThroughASuperInterfaceIsCheckedToo() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "interface FileWorkflow extends Workflow<String> {}",
        "@Task class Skim implements FileWorkflow {", BRANCH_MAP, RUN, "}");
    assertError(source,
        "[DocketWorkflowBranch] @Task class Skim implements Workflow", "class Skim");
  }

  @Test
  void workflowWithBranchParameterCompiles() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {",
        "  @Param(defaultValue = \"-1\") int branch;", BRANCH_MAP,
        "  @Output LocalFileTarget out() { return LocalFileTarget.of(branch + \".txt\"); }",
        RUN, "}");
    assertThat(compile(source)).succeededWithoutWarnings();
  }
}
