package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Broken_Family;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Chain_Params;
import dev.docket.runtime.fixtures.Merge_Family;
import dev.docket.runtime.fixtures.Merge_Params;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Plot_Params;
import dev.docket.runtime.fixtures.Reconstruction_Builder;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Reconstruction_Params;
import dev.docket.runtime.fixtures.Report_Family;
import dev.docket.runtime.fixtures.Report_Params;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskBuilder;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class GraphBuilderTest {
  @TempDir Path store;
  private final GraphBuilder builder = new GraphBuilder(TaskRegistry.global());

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void oneNodePerIdentityAndDependenciesFirst() {
    TaskGraph graph = builder.plan(Plot_Family.parse("--dataset", "ttbar"));
    assertThat(ids(graph))
        .containsExactly(
            "Selection(dataset=ttbar, minJets=4, version=v1)",
            "Reconstruction(dataset=ttbar, version=v1)",
            "Plot(dataset=ttbar, version=v1)")
        .inOrder();
    TaskNode plot = graph.root();
    TaskNode reconstruction = plot.requirements().get(0);
    assertThat(plot.requirements().get(1)).isSameInstanceAs(reconstruction.requirements().get(0));
    assertThat(graph.incomplete()).hasSize(3);
  }

  @Test
  void aMissingIntermediateOutputMakesItsDependantsIncomplete() throws IOException {
    // Everything of ttbar done, then the intermediate Selection output lost: like make, the
    // Reconstruction and the Merge above it are out of date although their outputs exist.
    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    LocalFileTarget.of("reco", "v1", "ttbar.json").writeString("done");
    Object merge = Merge_Family.parse("--datasets", "ttbar");
    LocalFileTarget.of("merged", "v1.txt").writeString("done");
    assertThat(builder.plan(merge).incomplete()).isEmpty();

    LocalFileTarget.of("sel", "v1", "ttbar.json").remove();
    TaskGraph graph = builder.plan(merge);
    assertThat(graph.incomplete().stream().map(n -> n.id().toString()).toList())
        .containsExactly(
            "Selection(dataset=ttbar, minJets=4, version=v1)",
            "Reconstruction(dataset=ttbar, version=v1)",
            "Merge(datasets=ttbar, version=v1)")
        .inOrder();
  }

  @Test
  void anOutputOlderThanAnInputIsOutOfDate() throws IOException {
    LocalFileTarget selection = LocalFileTarget.of("sel", "v1", "ttbar.json");
    LocalFileTarget reconstruction = LocalFileTarget.of("reco", "v1", "ttbar.json");
    selection.writeString("done");
    reconstruction.writeString("done");
    Object reco = Reconstruction_Builder.create().dataset("ttbar").build();
    java.nio.file.Files.setLastModifiedTime(
        selection.path(), java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_000L));
    java.nio.file.Files.setLastModifiedTime(
        reconstruction.path(), java.nio.file.attribute.FileTime.fromMillis(1_000_000_000_000L));
    TaskGraph graph = builder.plan(reco);
    assertThat(graph.root().complete()).isFalse();
    assertThat(graph.nodes().get(0).complete()).isTrue();

    java.nio.file.Files.setLastModifiedTime(
        reconstruction.path(), java.nio.file.attribute.FileTime.fromMillis(2_000_000_000_001L));
    assertThat(builder.plan(reco).root().complete()).isTrue();
  }

  @Test
  void fullExpansionIgnoresCompletenessAndStopsAtDepth() throws IOException {
    LocalFileTarget.of("reco", "v1", "ttbar.json").writeString("done");
    Object merge = Merge_Family.parse();
    assertThat(builder.expand(merge, Integer.MAX_VALUE).size()).isEqualTo(5);
    TaskGraph shallow = builder.expand(merge, 1);
    assertThat(shallow.size()).isEqualTo(3);
    assertThat(builder.expand(merge, 0).size()).isEqualTo(1);
    assertThat(shallow.nodes().get(0).complete()).isTrue();
  }

  @Test
  void wrapperIsCompleteExactlyWhenItsRequirementsAre() throws IOException {
    Object report = Report_Family.parse("--datasets", "ttbar");
    TaskGraph before = builder.plan(report);
    assertThat(before.root().isWrapper()).isTrue();
    assertThat(before.root().complete()).isFalse();
    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    LocalFileTarget.of("reco", "v1", "ttbar.json").writeString("done");
    TaskGraph after = builder.plan(report);
    assertThat(after.root().complete()).isTrue();
    assertThat(after.incomplete()).isEmpty();
    assertThat(builder.expand(report, 0).size()).isEqualTo(1);
  }

  @Test
  void aWrapperAtTheDepthLimitIsNotCompleteSinceItsRequirementsWereNotAsked() throws IOException {
    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    LocalFileTarget.of("reco", "v1", "ttbar.json").writeString("done");
    Object report = Report_Family.parse("--datasets", "ttbar");
    TaskNode limited = builder.expand(report, 0).root();
    assertThat(limited.isWrapper()).isTrue();
    assertThat(limited.expanded()).isFalse();
    assertThat(limited.complete()).isFalse(); // nothing says its requirements are complete
    TaskNode expanded = builder.expand(report, 1).root();
    assertThat(expanded.expanded()).isTrue();
    assertThat(expanded.complete()).isTrue();
  }

  @Test
  void exceptionsOfUserCodeBecomeTheTasksPlanningError() {
    TaskGraph graph = builder.plan(TaskBuilder.of(Broken_Family.INSTANCE).build());
    assertThat(graph.root().planningError()).isInstanceOf(IllegalStateException.class);
    assertThat(graph.root().planningError()).hasMessageThat().isEqualTo("no inputs configured");
    assertThat(graph.root().complete()).isFalse();
  }

  @Test
  void cyclesBecomeAPlanningErrorShowingThePath() {
    TaskGraph graph =
        builder.plan(TaskBuilder.of(dev.docket.runtime.fixtures.Loop_Family.INSTANCE)
            .set(dev.docket.runtime.fixtures.Loop_Params.N, 0).build());
    assertThat(ids(graph)).containsExactly("Loop(n=1)", "Loop(n=0)").inOrder();
    TaskNode partner = graph.nodes().get(0);
    assertThat(partner.planningError()).isInstanceOf(RequirementCycleException.class);
    assertThat(partner.planningError())
        .hasMessageThat()
        .isEqualTo("requirement cycle: Loop(n=0) requires Loop(n=1) requires Loop(n=0)");
    assertThat(partner.requirements()).isEmpty();
  }

  @Test
  @Timeout(60) // PIT's default of 10 s: 16 s under its coverage at load 38 (100,000 levels)
  void longChainsDoNotOverflowTheStack() {
    int n = 100_000;
    Object last = TaskBuilder.of(Chain_Family.INSTANCE).set(Chain_Params.N, n - 1).build();
    // Speed is measured by the benchmark (docs/performance.md), not asserted: a shared CI
    // machine makes any bound here flaky.
    TaskGraph graph = builder.plan(last);
    assertThat(graph.size()).isEqualTo(n);
    assertThat(graph.nodes().get(0).id().params()).isEqualTo("n=0");
    assertThat(graph.nodes().get(n - 1)).isSameInstanceAs(graph.root());
  }

  @Test
  void treeWalkMarksRepeatedNodes() {
    TaskGraph graph = builder.expand(Plot_Family.parse("--dataset", "ttbar"), Integer.MAX_VALUE);
    List<String> lines = new ArrayList<>();
    TreeWalker.walk(
        graph.root(),
        Integer.MAX_VALUE,
        (node, depth, seen) -> lines.add(depth + " " + node.id().family() + (seen ? " seen" : "")));
    assertThat(lines)
        .containsExactly("0 Plot", "1 Reconstruction", "2 Selection", "1 Selection seen")
        .inOrder();
  }

  @Test
  void reconstructionParsesLikeTheCommandLine() {
    assertThat(builder.plan(Reconstruction_Family.parse("--dataset=x")).root().id().params())
        .isEqualTo("dataset=x, version=v1");
  }

  private static List<String> ids(TaskGraph graph) {
    return graph.nodes().stream().map(n -> n.id().toString()).toList();
  }
}
