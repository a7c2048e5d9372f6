package dev.docket.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

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

  private static Compilation compile(JavaFileObject... sources) {
    return javac().withProcessors(new DocketProcessor()).compile(sources);
  }

  private static final String RUN = "  void run() {}";

  @Test
  void taskNestedPrivately() {
    JavaFileObject source = task("Outer", "class Outer {",
        "  @Task private static class Hidden {", "  " + RUN, "  }", "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskPrivate] @Task class Hidden must not be private")
        .inFile(source).onLineContaining("class Hidden");
  }

  @Test
  void taskWithTypeParameters() {
    JavaFileObject source = task("Foo", "@Task class Foo<T> {", RUN, "}");
    Compilation c = compile(source);
    assertThat(c)
        .hadErrorContaining("[DocketTaskGeneric] @Task class Foo must not have type parameters")
        .inFile(source).onLineContaining("class Foo<T>");
    // Reported, not generated: a generic family would give code that does not compile.
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void requiresFieldOfNonTaskType() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Requires String bar;", RUN, "}");
    Compilation c = compile(source);
    assertThat(c).hadErrorContaining(
            "[DocketRequiresType] @Requires field 'bar' has type String, which is not a @Task")
        .inFile(source).onLineContaining("String bar");
  }

  @Test
  void requiresMethodOfNonTaskType() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires List<String> inputs() { return List.of(); }", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketRequiresType] @Requires method 'inputs' has type List<String>")
        .inFile(source).onLineContaining("inputs()");
  }

  @Test
  void requiresFieldHoldingACollection() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Requires List<Bar> bars;", RUN,
        "}");
    assertThat(compile(bar, source))
        .hadErrorContaining("a field holds exactly one @Task; for a collection or map of tasks,"
            + " declare a @Requires method")
        .inFile(source).onLineContaining("List<Bar> bars");
  }

  @Test
  void requiresFieldWhoseRequiredParameterCannotBeSupplied() {
    JavaFileObject selection = task("Selection", "@Task class Selection {",
        "  @Param String dataset;", "  @Param(defaultValue = \"4\") int minJets;", RUN, "}");
    JavaFileObject reconstruction = task("Reconstruction", "@Task class Reconstruction {",
        "  @Param int dataset;", "  @Requires Selection selection;", RUN, "}");
    assertThat(compile(selection, reconstruction))
        .hadErrorContaining("[DocketRequiresParam] @Requires field 'selection' needs parameter"
            + " 'dataset' (String) which Reconstruction does not declare; add @Param String"
            + " dataset to Reconstruction or give it a defaultValue in Selection")
        .inFile(reconstruction).onLineContaining("Selection selection");
  }

  @Test
  void cycleAmongRequiresFields() {
    JavaFileObject foo = task("Foo", "@Task class Foo {", "  @Requires Bar bar;", RUN, "}");
    JavaFileObject bar = task("Bar", "@Task class Bar {", "  @Requires Foo foo;", RUN, "}");
    Compilation c = compile(foo, bar);
    assertThat(c).hadErrorContaining(
            "[DocketRequiresCycle] @Requires fields of Bar form a cycle, so none of these tasks"
                + " can ever be created:")
        .inFile(bar).onLineContaining("class Bar");
    // One line per edge, starting where the cycle is reported.
    assertThat(c).hadErrorContainingMatch("Bar\\.foo requires Foo\\s+Foo\\.bar requires Bar");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void taskRequiringItself() {
    JavaFileObject foo = task("Foo", "@Task class Foo {", "  @Requires Foo again;", RUN, "}");
    assertThat(compile(foo))
        .hadErrorContaining("[DocketRequiresCycle] @Requires fields of Foo form a cycle")
        .inFile(foo).onLineContaining("class Foo");
  }

  @Test
  void paramPrivate() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param private String dataset;",
        RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamModifier] @Param field 'dataset' must not be private")
        .inFile(source).onLineContaining("private String dataset");
  }

  @Test
  void paramFinalAndStatic() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param static final String dataset = \"x\";", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("@Param field 'dataset' must not be final and static")
        .inFile(source).onLineContaining("static final String dataset");
  }

  @Test
  void paramWithoutConverter() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param Object dataset;", RUN,
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamType] @Param field 'dataset' has type Object, which has"
            + " no converter; use one of: String, boolean")
        .inFile(source).onLineContaining("Object dataset");
  }

  @Test
  void paramDefaultThatDoesNotParse() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param(", "      defaultValue = \"four\") int minJets;", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamDefault] @Param field 'minJets' has defaultValue"
            + " \"four\", which is not a valid int (expected a whole number, e.g. 4)")
        .inFile(source).onLineContaining("defaultValue = \"four\"");
  }

  @Test
  void paramEnumDefaultThatIsNotAConstant() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  enum Color { RED, GREEN }",
        "  @Param(defaultValue = \"blue\") Color color;", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("has defaultValue \"blue\", which is not a valid Foo.Color (expected one"
            + " of RED, GREEN)")
        .inFile(source).onLineContaining("defaultValue = \"blue\"");
  }

  @Test
  void paramListDefaultWithABadElement() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Param(defaultValue = \"1,x\") List<Integer> sizes;", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamDefault] @Param field 'sizes' has defaultValue \"1,x\"")
        .inFile(source).onLineContaining("defaultValue = \"1,x\"");
  }

  @Test
  void paramsWithTheSameCommandLineName() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param String minJets;",
        "  @Param String min_jets;", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamCliName] @Param field 'min_jets' has the command-line"
            + " name --min-jets, which field 'minJets' already has; rename one of them")
        .inFile(source).onLineContaining("String min_jets");
  }

  @Test
  void paramNamedLikeARunOption() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  @Param int workers;", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketParamReserved] @Param field 'workers' has the command-line"
            + " name --workers, which is an option of 'run' itself; rename the field")
        .inFile(source).onLineContaining("int workers");
  }

  @Test
  void outputNotATarget() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output String out() { return \"\"; }", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketOutputType] @Output method 'out' returns String, which is not"
            + " a dev.docket.runtime.Target")
        .inFile(source).onLineContaining("String out()");
  }

  @Test
  void outputWithArguments() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output LocalFileTarget out(String name) { return LocalFileTarget.of(name); }", RUN,
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketOutputArguments] @Output method 'out' must not take arguments")
        .inFile(source).onLineContaining("out(String name)");
  }

  @Test
  void outputPrivateOrStatic() {
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Output private static LocalFileTarget out() { return LocalFileTarget.of(\"x\"); }",
        RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketOutputModifier] @Output method 'out' must not be private and"
            + " static")
        .inFile(source).onLineContaining("LocalFileTarget out()");
  }

  @Test
  void taskWithoutRun() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  private void run() {}", "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskRun] @Task class Foo needs a method void run() or"
            + " void run(TaskContext)")
        .inFile(source).onLineContaining("class Foo");
  }

  @Test
  void taskWithoutNoArgumentConstructor() {
    JavaFileObject source = task("Foo", "@Task class Foo {", "  Foo(String name) {}", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskConstructor] @Task class Foo needs a no-argument"
            + " constructor that is not private; add Foo() {}")
        .inFile(source).onLineContaining("class Foo");
  }

  @Test
  void abstractTask() {
    JavaFileObject source = task("Foo", "@Task abstract class Foo {", RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskAbstract] @Task class Foo must not be abstract")
        .inFile(source).onLineContaining("abstract class Foo");
  }

  @Test
  void innerTask() {
    JavaFileObject source = task("Outer", "class Outer {", "  @Task class Foo {", RUN, "  }",
        "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskInner] @Task class Foo must not be an inner class")
        .inFile(source).onLineContaining("class Foo");
  }

  @Test
  void taskThatIsNotAClass() {
    JavaFileObject source = task("Foo", "@Task", "interface Foo {}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketTaskKind] @Task Foo must be a class")
        .inFile(source).onLineContaining("@Task");
  }

  @Test
  void twoTasksWithTheSameFamilyName() {
    JavaFileObject first = task("Foo", "@Task(name = \"Same\") class Foo {", RUN, "}");
    JavaFileObject second = task("Bar", "@Task(name = \"Same\") class Bar {", RUN, "}");
    Compilation c = compile(first, second);
    assertThat(c)
        .hadErrorContaining("[DocketTaskDuplicateName] @Task class Bar has the family name"
            + " 'Same', which test.Foo already has")
        .inFile(second).onLineContaining("class Bar");
    assertThat(c).hadErrorCount(1);
  }

  @Test
  void requiresFieldPrivateFinal() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires private final Bar bar = null;", RUN, "}");
    assertThat(compile(bar, source))
        .hadErrorContaining("[DocketRequiresModifier] @Requires field 'bar' must not be private"
            + " and final")
        .inFile(source).onLineContaining("Bar bar");
  }

  @Test
  void requiresMethodWithArgumentsOrPrivate() {
    JavaFileObject bar = task("Bar", "@Task class Bar {", RUN, "}");
    JavaFileObject source = task("Foo", "@Task class Foo {",
        "  @Requires private Bar bar(int i) { return null; }", RUN, "}");
    Compilation c = compile(bar, source);
    assertThat(c)
        .hadErrorContaining("[DocketRequiresArguments] @Requires method 'bar' must not take"
            + " arguments")
        .inFile(source).onLineContaining("Bar bar(int i)");
    assertThat(c)
        .hadErrorContaining("[DocketRequiresModifier] @Requires method 'bar' must not be private")
        .inFile(source).onLineContaining("Bar bar(int i)");
  }

  @Test
  void annotationsOutsideATask() {
    JavaFileObject source = task("Foo", "class Foo {", "  @Param String dataset;",
        "  @Output LocalFileTarget out() { return null; }", "}");
    Compilation c = compile(source);
    assertThat(c)
        .hadErrorContaining("[DocketNotInTask] @Param field 'dataset' is in Foo, which is neither"
            + " a @Task nor an abstract class; annotate Foo with @Task, or make it abstract to use"
            + " it as a base class of tasks")
        .inFile(source).onLineContaining("String dataset");
    assertThat(c)
        .hadErrorContaining("[DocketNotInTask] @Output method 'out' is in Foo")
        .inFile(source).onLineContaining("out()");
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
    assertThat(compile(source))
        .hadErrorContaining("[DocketWorkflowBranch] @Task class Skim implements Workflow, so it"
            + " needs the parameter that selects a branch; add @Param(defaultValue = \"-1\") int branch;")
        .inFile(source).onLineContaining("class Skim");
  }

  @Test
  void workflowBranchParameterWithWrongDefault() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {",
        "  @Param(defaultValue = \"0\") int branch;", BRANCH_MAP, RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketWorkflowBranchParam] @Param field 'branch' of the workflow Skim"
            + " must be a significant int with defaultValue \"-1\" (the whole workflow); found int"
            + " with defaultValue \"0\"")
        .inFile(source).onLineContaining("int branch");
  }

  @Test
  void workflowBranchParameterOfWrongTypeOrInsignificant() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "@Task class Skim implements Workflow<String> {",
        "  @Param(defaultValue = \"-1\", significant = false) long branch;", BRANCH_MAP, RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("found long with defaultValue \"-1\", not significant")
        .inFile(source).onLineContaining("long branch");
  }

  @Test
  void workflowDeclaredThroughASuperInterfaceIsCheckedToo() {
    JavaFileObject source = task("Skim", WORKFLOW_IMPORTS,
        "interface FileWorkflow extends Workflow<String> {}",
        "@Task class Skim implements FileWorkflow {", BRANCH_MAP, RUN, "}");
    assertThat(compile(source))
        .hadErrorContaining("[DocketWorkflowBranch] @Task class Skim implements Workflow")
        .inFile(source).onLineContaining("class Skim");
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
