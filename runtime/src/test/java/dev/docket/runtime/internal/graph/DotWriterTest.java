package dev.docket.runtime.internal.graph;

import static com.google.common.truth.Truth.assertThat;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Broken_Family;
import dev.docket.runtime.fixtures.Merge_Family;
import dev.docket.runtime.fixtures.Plot_Family;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The DOT text of {@code --print-graph}: Plot requires Reconstruction and Selection,
 * Reconstruction requires Selection (a diamond); Merge requires a Reconstruction per dataset.
 */
class DotWriterTest {
  @TempDir Path store;
  private final GraphBuilder builder = new GraphBuilder(TaskRegistry.global());

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void oneBoxPerTaskFilledByItsStateAndAnArrowPerRequirement() throws IOException {
    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    String dot = DotWriter.tasks(builder.plan(Plot_Family.parse("--dataset", "ttbar")));
    assertThat(dot.lines().toList())
        .containsExactly(
            "digraph docket {",
            "  graph [rankdir=TB, label=\"Plot(dataset=ttbar, version=v1)\", labelloc=t];",
            "  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];",
            "  n0 [label=\"Selection(dataset=ttbar, minJets=4, version=v1)\", fillcolor=\""
                + DotWriter.COMPLETE + "\"];",
            "  n1 [label=\"Reconstruction(dataset=ttbar, version=v1)\", fillcolor=\""
                + DotWriter.INCOMPLETE + "\"];",
            "  n2 [label=\"Plot(dataset=ttbar, version=v1)\", fillcolor=\""
                + DotWriter.INCOMPLETE + "\"];",
            "  n1 -> n0;",
            "  n2 -> n1;",
            "  n2 -> n0;",
            "}")
        .inOrder();
  }

  @Test
  void familiesCollapseIntoOneBoxWithCountsAndOneArrowPerPairOfFamilies() throws IOException {
    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    String dot = DotWriter.families(builder.plan(Merge_Family.parse("--datasets", "ttbar,wjets,zz")));
    assertThat(dot).contains("  f0 [label=\"Selection\\n3 tasks, 1 complete\", fillcolor=\""
        + DotWriter.PARTLY + "\"];");
    assertThat(dot).contains("[label=\"Reconstruction\\n3 tasks, 0 complete\", fillcolor=\""
        + DotWriter.INCOMPLETE + "\"];");
    assertThat(dot).contains("[label=\"Merge\\n1 task, 0 complete\"");
    assertThat(dot.lines().filter(line -> line.contains(" -> ")).toList())
        .containsExactly("  f1 -> f0;", "  f2 -> f1;");
  }

  @Test
  void labelsKeepQuotesBackslashesAndLineEndsInsideTheString() {
    assertThat(DotWriter.quote("a\"b")).isEqualTo("\"a\\\"b\"");
    // \N and \l would be graphviz escapes (the node's name, a left-justified line): kept as text
    assertThat(DotWriter.quote("x\\N\\l")).isEqualTo("\"x\\\\N\\\\l\"");
    assertThat(DotWriter.quote("one\ntwo\r\nthree\rfour")).isEqualTo("\"one\\ntwo\\nthree\\nfour\"");
    assertThat(DotWriter.quote("bell\u0007del\u007f<b>é")).isEqualTo("\"belldel<b>é\"");
  }

  @Test
  void aTaskThatFailedToPlanIsFilledAsFailed_aFamilyAllCompleteAsComplete() throws IOException {
    Object broken = TaskBuilder.of(Broken_Family.INSTANCE).build();
    assertThat(DotWriter.tasks(builder.plan(broken)))
        .contains("  n0 [label=\"Broken()\", fillcolor=\"" + DotWriter.FAILED + "\"];");
    assertThat(DotWriter.families(builder.plan(broken)))
        .contains("  f0 [label=\"Broken\\n1 task, 0 complete, 1 failed\", fillcolor=\""
            + DotWriter.FAILED + "\"];");

    LocalFileTarget.of("sel", "v1", "ttbar.json").writeString("done");
    assertThat(DotWriter.families(builder.plan(Selection_Family.parse("--dataset", "ttbar"))))
        .contains("  f0 [label=\"Selection\\n1 task, 1 complete\", fillcolor=\""
            + DotWriter.COMPLETE + "\"];");
  }
}
