package dev.docket.jupyter;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.jupyter.Evaluator.Failure;
import dev.docket.jupyter.Evaluator.Nothing;
import dev.docket.jupyter.Evaluator.Value;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** JShell's semantics through the kernel's evaluator; one JShell for all (it takes seconds to start). */
class EvaluatorTest {
  private static Evaluator evaluator;

  @BeforeAll
  static void start() {
    evaluator = new Evaluator(System.getProperty("java.class.path"));
  }

  @AfterAll
  static void stop() {
    evaluator.close();
  }

  @Test
  void theLastExpressionIsTheCellsValueAsAnObject() {
    Evaluator.Result result = evaluator.eval("int a = 20;\nint b = 22;\nList.of(a, b)");

    assertThat(result).isInstanceOf(Value.class);
    assertThat(((Value) result).object()).isEqualTo(List.of(20, 22));
    assertThat(((Value) result).text()).isEqualTo("[20, 22]");
  }

  @Test
  void aVariableNamedAloneIsItsValue() {
    evaluator.eval("String named = \"docket\";");

    assertThat(((Value) evaluator.eval("named")).object()).isEqualTo("docket");
  }

  @Test
  void declarationsShowNothingAndCanBeRedefined() {
    assertThat(evaluator.eval("int twice(int x) { return 2 * x; }")).isInstanceOf(Nothing.class);
    evaluator.eval("int twice(int x) { return 3 * x; }");

    assertThat(((Value) evaluator.eval("twice(2)")).object()).isEqualTo(6);
  }

  @Test
  void docketsScriptingApiAndTheNotebookHelpersAreImported() {
    Value value = (Value) evaluator.eval("html(\"<b>x</b>\")");

    assertThat(value.object()).isEqualTo(new Notebook.Html("<b>x</b>"));
    assertThat(evaluator.eval("Docket.class.getName()")).isInstanceOf(Value.class);
  }

  @Test
  void aCompileErrorIsOneMessageWithItsLineMarked() {
    Failure failure = (Failure) evaluator.eval("int ok = 1;\nint bad = missing + 1;");

    assertThat(failure.name()).isEqualTo("CompileError");
    assertThat(failure.message())
        .isEqualTo("line 2: cannot find symbol: variable missing\n    int bad = missing + 1;\n              ^");
  }

  @Test
  void anExceptionIsItsClassAndMessageAndStopsTheCell() {
    Failure failure = (Failure) evaluator.eval(
        "int reached = 0;\nif (true) throw new IllegalStateException(\"no data\");\nreached = 1;");

    assertThat(failure.name()).isEqualTo("IllegalStateException");
    assertThat(failure.message()).isEqualTo("no data");
    assertThat(((Value) evaluator.eval("reached")).object()).isEqualTo(0);
  }

  @Test
  void aCauseIsNamedAfterTheMessage() {
    Failure failure = (Failure) evaluator.eval(
        "throw new RuntimeException(\"fit failed\", new ArithmeticException(\"/ by zero\"));");

    assertThat(failure.message()).isEqualTo("fit failed (caused by ArithmeticException: / by zero)");
  }

  @Test
  void aCellCutShortSaysSo() {
    Failure failure = (Failure) evaluator.eval("var list = List.of(1,\n");

    assertThat(failure.message()).contains("the cell ends in the middle of a statement");
    assertThat(evaluator.completeness("var list = List.of(1,")).isEqualTo("incomplete");
    assertThat(evaluator.completeness("var list = List.of(1);")).isEqualTo("complete");
  }

  @Test
  void stopEndsARunningCell() throws Exception {
    CompletableFuture<Evaluator.Result> running = CompletableFuture.supplyAsync(() -> evaluator.eval(
        "int before = 1;\n{ dev.docket.jupyter.StopProbe.STARTED.countDown(); while (true) { Thread.onSpinWait(); } }"));
    assertThat(StopProbe.STARTED.await(60, TimeUnit.SECONDS)).isTrue();

    evaluator.stop();

    Failure failure = (Failure) running.get(60, TimeUnit.SECONDS);
    assertThat(failure.name()).isEqualTo("Interrupted");
    assertThat(failure.message()).isEqualTo("the cell was stopped at line 2");
    assertThat(((Value) evaluator.eval("1 + 1")).object()).isEqualTo(2); // and the session goes on
  }

  @Test
  void completesNames() {
    evaluator.eval("String completeMe = \"\";");

    Evaluator.Completions completions = evaluator.complete("complete", 8);

    assertThat(completions.start()).isEqualTo(0);
    assertThat(completions.matches()).contains("completeMe");
  }
}
