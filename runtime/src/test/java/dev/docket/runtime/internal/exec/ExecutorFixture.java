package dev.docket.runtime.internal.exec;

import dev.docket.runtime.RunSummary;
import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Slow;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What every executor test sets up: a store of its own, installed as the process's store, a
 * reporter whose output and error stream the test reads, the executor and the planner. Register
 * it on an instance field with {@code @RegisterExtension}; after each test it removes the store
 * and puts {@link Slow}'s static knobs back.
 */
final class ExecutorFixture implements BeforeEachCallback, AfterEachCallback {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  final Reporter reporter = new Reporter(print(out), print(err));
  final Executor executor = new Executor(reporter);
  final GraphBuilder graphs = new GraphBuilder(TaskRegistry.global());
  private Path store;

  private static PrintStream print(ByteArrayOutputStream stream) {
    return new PrintStream(stream, true, StandardCharsets.UTF_8);
  }

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    store = TestStores.installTemporary("docket-exec-test");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    Slow.barrier = null;
    Slow.waitMillis = 5000;
    TestStores.delete(store);
  }

  /** The store of the current test. */
  Path store() {
    return store;
  }

  /** Plans {@code task} and runs it with {@code workers} workers. */
  RunSummary run(Object task, int workers) {
    return executor.execute(graphs.plan(task), workers);
  }

  /** Plans {@code task} and runs it with {@code settings}. */
  RunSummary run(Object task, RunSettings settings) {
    return executor.execute(graphs.plan(task), settings);
  }

  RunSummary run(TaskGraph graph, int workers) {
    return executor.execute(graph, workers);
  }

  RunSummary run(TaskGraph graph, RunSettings settings) {
    return executor.execute(graph, settings);
  }

  /** What the reporter printed to standard output so far. */
  String out() {
    return out.toString(StandardCharsets.UTF_8);
  }

  List<String> lines() {
    return out().lines().toList();
  }

  /** What the reporter printed to standard error (failures' stack traces). */
  String err() {
    return err.toString(StandardCharsets.UTF_8);
  }

  /** Forgets the output so far, so that the next assertions read only what follows. */
  void clearOut() {
    out.reset();
  }

  /**
   * A family whose tasks' outputs a test replaces: {@link #output}'s target where it gives one,
   * the family's own outputs where it gives {@code null}.
   */
  abstract static class ReplacedOutputs<T> extends ForwardingTaskFamily<T> {
    ReplacedOutputs(TaskFamily<T> delegate) {
      super(delegate);
    }

    /** {@code task}'s one output instead of its own, or {@code null} to keep its own. */
    abstract Target output(T task);

    @Override
    public final void outputs(T task, Consumer<Target> sink) throws Exception {
      Target output = output(task);
      if (output == null) {
        delegate().outputs(task, sink);
      } else {
        sink.accept(output);
      }
    }
  }
}
