package dev.docket.runtime.internal.graph;

import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Chain;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * What the planner's tests set up: a store of their own, installed as the process's store, and
 * a planner on the global registry; {@link #chain} makes a link of the fixture chain, whose
 * link n requires link n - 1 and writes {@code chain/n.txt}. Register it on an instance field
 * with {@code @RegisterExtension}; after each test it removes the store and puts back the
 * planning threads' system property.
 */
final class PlanningFixture implements BeforeEachCallback, AfterEachCallback {
  /** The planner of a command: the global registry, one planning thread unless configured. */
  final GraphBuilder builder = new GraphBuilder(TaskRegistry.global());
  private Path store;
  private String threadsProperty;

  @Override
  public void beforeEach(ExtensionContext context) throws IOException {
    threadsProperty = System.getProperty(PlanningPool.THREADS_PROPERTY);
    store = TestStores.installTemporary("docket-graph-test");
  }

  @Override
  public void afterEach(ExtensionContext context) throws IOException {
    if (threadsProperty == null) {
      System.clearProperty(PlanningPool.THREADS_PROPERTY);
    } else {
      System.setProperty(PlanningPool.THREADS_PROPERTY, threadsProperty);
    }
    TestStores.delete(store);
  }

  /** The store of the current test. */
  Path store() {
    return store;
  }

  /** Sets {@code -Ddocket.planning.threads} for the rest of the test. */
  void threadsProperty(String value) {
    System.setProperty(PlanningPool.THREADS_PROPERTY, value);
  }

  /** Link {@code n} of the fixture chain. */
  static Chain chain(int n) {
    return TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n).build();
  }

  /** The {@code n} of a link. */
  static int n(Chain task) {
    return Integer.parseInt(Chain_Family.INSTANCE.id(task).params().substring(2));
  }

  /** The graph's tasks as their ids, in the graph's order (dependencies first). */
  static List<String> ids(TaskGraph graph) {
    return graph.nodes().stream().map(TaskNode::toString).toList();
  }

  /** Everything a plan decided, as text: one line per node, in the graph's order. */
  static List<String> describe(TaskGraph graph) {
    List<String> lines = new ArrayList<>();
    for (TaskNode node : graph.nodes()) {
      Throwable error = node.planningError();
      lines.add(node.index() + " " + node + " depth " + node.depth() + " requires "
          + node.requirements() + " outputs " + node.outputs() + " complete " + node.complete()
          + " expanded " + node.expanded() + " times " + node.oldestOutput() + "/"
          + node.newestOutput() + " error "
          + (error == null ? "-" : error.getClass().getSimpleName() + ": " + error.getMessage()));
    }
    return lines;
  }

  /** The node of {@code graph} whose id reads {@code id}. */
  static TaskNode node(TaskGraph graph, String id) {
    return graph.nodes().stream()
        .filter(node -> node.toString().equals(id))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + id + " in " + ids(graph)));
  }
}
