package dev.docket.runtime.internal.store;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Selection;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.internal.exec.Executor;
import dev.docket.runtime.internal.exec.Reporter;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.ParamValues;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #10: no parameter value leads an output out of the store or makes two tasks share a
 * file; a path the task's code puts outside is only read, never written or removed.
 */
class StoreContainmentTest {
  @TempDir Path temp;
  private Path store;
  private Path outside;

  @BeforeEach
  void setUp() throws IOException {
    store = Files.createDirectories(temp.resolve("store"));
    outside = Files.createDirectories(temp.resolve("outside"));
    TestStores.reset(store);
  }

  /** Selection (dataset, minJets, version) with the output path the test chooses. */
  static final class PathFamily extends ForwardingTaskFamily<Selection> {
    private final BiFunction<String, String, LocalFileTarget> output;

    PathFamily(BiFunction<String, String, LocalFileTarget> output) {
      super(Selection_Family.INSTANCE);
      this.output = output;
    }

    /** Made from the values as they are: the command line's checks are not the planner's. */
    static Selection task(String dataset) {
      return Selection_Family.INSTANCE.create(ParamValues.of(Selection_Params.ALL, dataset, 4, "v1"));
    }

    private LocalFileTarget output(Selection task) {
      ParamValues values = values(task);
      return output.apply(values.get(Selection_Params.DATASET), values.get(Selection_Params.VERSION));
    }

    @Override
    public void outputs(Selection task, Consumer<Target> sink) {
      sink.accept(output(task));
    }

    @Override
    public void run(Selection task, TaskContext context) throws Exception {
      output(task).writeString("made");
    }
  }

  private static GraphBuilder graphs(PathFamily family) {
    return new GraphBuilder(TaskRegistry.global())
        .adapting(f -> f == Selection_Family.INSTANCE ? family : f);
  }

  private static String refused(PathFamily family, String dataset) {
    Selection task = PathFamily.task(dataset);
    BadInputException e =
        assertThrows(BadInputException.class, () -> graphs(family).plan(task));
    // --remove-output and --print-deps expand the graph to a depth: refused the same way.
    assertThrows(BadInputException.class, () -> graphs(family).expand(task, 0));
    assertThat(e.getMessage()).doesNotContain("\n");
    return e.getMessage();
  }

  private static final PathFamily GEN =
      new PathFamily((dataset, version) -> LocalFileTarget.of("gen", version, dataset + ".csv"));

  @Test
  void aValueClimbingOutOfTheStoreIsBadInputNamingTheParameterAndThePath() {
    String message = refused(GEN, "../../../x");
    assertThat(message)
        .isEqualTo("bad value '../../../x' for --dataset of Selection: the output "
            + temp.resolve("x.csv") + " would lie outside the store " + store
            + "; a value must not lead out of the store (an absolute path, or '..' climbing"
            + " above it)");
  }

  @Test
  void anAbsoluteValueIsBadInput() {
    PathFamily bare = new PathFamily((dataset, version) -> LocalFileTarget.of(dataset + ".csv"));
    String message = refused(bare, outside.resolve("x").toString());
    assertThat(message).contains("for --dataset of Selection");
    assertThat(message).contains(outside.resolve("x.csv") + " would lie outside the store");
    // The same through LocalFileTarget.of(Path).
    PathFamily asPath = new PathFamily((dataset, version) -> LocalFileTarget.of(Path.of(dataset)));
    assertThat(refused(asPath, "/etc/passwd")).contains("'/etc/passwd' for --dataset of Selection");
  }

  @Test
  void aNulCharacterIsBadInputShownEscaped() {
    String message = refused(GEN, "a\0b");
    assertThat(message).startsWith("bad value 'a\\u0000b' for --dataset of Selection: a NUL character");
    assertThat(message).contains(store + "/gen/v1/a\\u0000b.csv");
  }

  @Test
  void emptyDotAndDotDotPartsFromAValueAreRefused_twoTasksWouldShareAFile() {
    PathFamily sel = new PathFamily((dataset, version) -> LocalFileTarget.of("sel", version, dataset));
    // '' and '.' both name sel/v1: two identities, one file.
    assertThat(LocalFileTarget.of("sel", "v1", "")).isEqualTo(LocalFileTarget.of("sel", "v1", "."));
    assertThat(refused(sel, ""))
        .isEqualTo("bad value '' for --dataset of Selection: it gives the output path 'sel/v1/' an"
            + " empty, '.' or '..' part, so two different tasks could share the file "
            + store.resolve("sel/v1") + "; give a plain name");
    assertThat(refused(sel, ".")).contains("bad value '.' for --dataset of Selection");
    assertThat(refused(sel, "a//b")).contains("bad value 'a//b' for --dataset of Selection");
    assertThat(refused(sel, "x/")).contains("bad value 'x/' for --dataset of Selection");
    // '..' that stays inside the store still aliases another task's file.
    assertThat(refused(GEN, "../x")).contains("share the file " + store.resolve("gen/x.csv"));
  }

  @Test
  void valuesThatOnlyLookOddAreFine() {
    // dataset + ".csv" with '' or '.' gives a hidden name, not an empty or '.' part.
    for (String dataset : List.of("", ".", "..a", "a..", ".hidden", "a.b")) {
      graphs(GEN).plan(PathFamily.task(dataset));
    }
  }

  @Test
  void theTwoPartFormRefusesAValueExactlyAsTheVarargsFormDoes() {
    // of(String, String) saves the planner the varargs array; what it refuses, and how it says
    // so, must not change with it.
    PathFamily two = new PathFamily((dataset, version) -> LocalFileTarget.of("sel", dataset));
    PathFamily varargs =
        new PathFamily((dataset, version) -> LocalFileTarget.of("sel", new String[] {dataset}));
    for (String dataset :
        List.of("", ".", "..", "a//b", "x/", "../x", "../../../x", "/etc/passwd", "a\0b")) {
      assertThat(refused(two, dataset)).isEqualTo(refused(varargs, dataset));
    }
    assertThat(refused(two, "../../../x")).contains(" would lie outside the store ");
    for (String dataset : List.of("ttbar.json", ".hidden", "a/b", "..a")) {
      assertThat(graphs(two).plan(PathFamily.task(dataset)).root().outputs())
          .containsExactly(LocalFileTarget.of("sel", new String[] {dataset}));
    }
  }

  @Test
  void usualPathsTakeTheFastPathAndAreNeverLookedAt() {
    assertThat(LocalFileTarget.of("sel", "v1", "ttbar.json").unsafePath()).isNull();
    assertThat(LocalFileTarget.of("sel", "v1", ".hidden").unsafePath()).isNull();
    assertThat(LocalFileTarget.of("sel", "v1", "..", "x").unsafePath()).isEqualTo("sel/v1/../x");
  }

  @Test
  void theTasksOwnCodeMayNormaliseAPath() {
    PathFamily messy =
        new PathFamily((dataset, version) -> LocalFileTarget.of("gen//" + version, "./" + dataset));
    assertThat(graphs(messy).plan(PathFamily.task("ttbar")).root().outputs())
        .containsExactly(LocalFileTarget.of("gen", "v1", "ttbar"));
  }

  @Test
  void aPathTheCodePutsOutsideIsReadButNeverWrittenOrRemoved() throws IOException {
    Path input = outside.resolve("input.csv");
    PathFamily external = new PathFamily((dataset, version) -> LocalFileTarget.of(input));
    Selection task = PathFamily.task("ttbar");
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
    Executor executor = new Executor(new Reporter(stream, stream), graphs(external));

    // Missing: the task would have to write it, which is refused before anything runs.
    BadInputException e =
        assertThrows(BadInputException.class, () -> executor.execute(graphs(external).plan(task), 1));
    assertThat(e.getMessage())
        .isEqualTo("Selection(dataset=ttbar, minJets=4, version=v1) is not complete and would write its output "
            + input + ", which lies outside the store " + store + "; Docket writes only inside"
            + " the store: give the output a path in the store, or, if it is an input made"
            + " elsewhere, create it first");
    assertThat(Files.exists(input)).isFalse();

    // Made elsewhere: complete, read like any output.
    Files.writeString(input, "events");
    RunSummary summary = executor.execute(graphs(external).plan(task), 1);
    assertThat(summary.success()).isTrue();
    LocalFileTarget target = LocalFileTarget.of(input);
    assertThat(target.insideStore()).isFalse();
    assertThat(target.readString()).isEqualTo("events");
    IOException write = assertThrows(IOException.class, () -> target.writeString("overwritten"));
    assertThat(write.getMessage()).contains("outside the store " + store);
    assertThrows(IOException.class, target::remove);
    assertThrows(IOException.class, target::newOutputStream);
    assertThat(Files.readString(input)).isEqualTo("events");
  }

  @Test
  void theStoreItselfIsNeverWrittenOrRemovedAsAFile() {
    LocalFileTarget itself = LocalFileTarget.of(".");
    assertThat(itself.insideStore()).isFalse();
    assertThrows(IOException.class, itself::remove);
    assertThat(Files.isDirectory(store)).isTrue();
  }
}
