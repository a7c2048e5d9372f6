package dev.docket.runtime.internal.cli;

import dev.docket.runtime.Target;
import dev.docket.runtime.internal.batch.JobReport;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.graph.TaskNode;
import dev.docket.runtime.internal.graph.TreeWalker;
import dev.docket.runtime.internal.remote.RemoteOutputs;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * Prints graphs for {@code --print-deps}, {@code --print-status}, {@code --print-output} and
 * {@code --dry-run}. Trees
 * indent two spaces per level; a task met again is printed once more with {@code (see above)}
 * and without its requirements.
 *
 * <pre>
 * Reconstruction(dataset=ttbar, version=v1): incomplete
 *   output missing: /store/reco/v1/ttbar.json
 *   Skim(dataset=ttbar, version=v1): incomplete
 *     output missing: 16/20 branches complete (missing 18:20)
 *     10 jobs on slurm: 9 finished, 1 failed
 *     record …/submission.tsv, saved 2026-12-01 17:40:12, by a client that has ended
 *       jobs 0-8: finished, branches 0:18, ids 101 to 109
 *       job 9: failed after 1 attempt, branches 18:20, id 110; log …/logs/job-9.log
 *   Selection(dataset=ttbar, minJets=4, version=v1): complete
 *     output exists: /store/sel/v1/ttbar.json
 * </pre>
 */
final class GraphPrinter {
  static final String SEE_ABOVE = " (see above)";

  private final PrintStream out;

  @Inject
  GraphPrinter(@Named("out") PrintStream out) {
    this.out = out;
  }

  void dependencies(TaskGraph graph) {
    TreeWalker.walk(
        graph.root(),
        Integer.MAX_VALUE,
        (node, depth, seenBefore) ->
            out.println(indent(depth) + node.id() + (seenBefore ? SEE_ABOVE : "")));
  }

  /**
   * The tree to {@code maxDepth}, each task's state and outputs. A workflow's collection of
   * branch outputs is one line of counts ({@code output missing: 5/26 branches complete
   * (missing 5:26)}); with {@code targetDepth} 1 or more, each branch output follows on a line
   * of its own. A workflow submitted to a batch system shows its jobs below, from the
   * submission record ({@link JobReport}).
   */
  void status(TaskGraph graph, int maxDepth, int targetDepth, WorkflowFamilies workflows) {
    List<Target> outputs = new ArrayList<>();
    graph.nodes().forEach(node -> outputs.addAll(node.outputs()));
    try (RemoteOutputs.Snapshot listed = RemoteOutputs.prefetch(outputs)) {
      printStatus(graph, maxDepth, targetDepth, workflows);
    }
  }

  private void printStatus(TaskGraph graph, int maxDepth, int targetDepth, WorkflowFamilies workflows) {
    TreeWalker.walk(
        graph.root(),
        maxDepth,
        (node, depth, seenBefore) -> {
          out.println(indent(depth) + node.id() + ": " + state(node) + (seenBefore ? SEE_ABOVE : ""));
          if (!seenBefore) {
            for (Target output : node.outputs()) {
              if (output instanceof CompositeTarget composite) {
                CompositeTarget.Status status = composite.status(); // one look at every branch
                out.println(indent(depth + 1) + "output " + (status.exists() ? "exists" : "missing")
                    + ": " + status.line());
                if (targetDepth > 0) {
                  for (Target part : composite.parts()) {
                    out.println(indent(depth + 2) + "output " + existence(part) + ": " + part.describe());
                  }
                }
              } else {
                out.println(indent(depth + 1) + "output " + existence(output) + ": " + output.describe());
              }
            }
            workflows.workflowOf(node.family(), node.task()).ifPresent(workflow -> {
              for (String line : JobReport.lines(workflow)) {
                out.println(indent(depth + 1) + line);
              }
            });
          }
        });
  }

  /**
   * {@code --print-output}: every output of the graph (expanded to the requested depth), one
   * per line and nothing else, so that scripts can read it; a workflow's as its branch outputs.
   */
  void outputs(TaskGraph graph) {
    StringBuilder block = new StringBuilder(1 << 12);
    for (OutputWalk.Output output : OutputWalk.of(graph)) {
      block.append(output.target().describe()).append(System.lineSeparator());
    }
    out.print(block);
  }

  private static String existence(Target output) {
    return output.exists() ? "exists" : "missing";
  }

  void dryRun(TaskGraph graph) {
    List<TaskNode> todo = graph.incomplete();
    if (todo.isEmpty()) {
      out.println("Nothing to run: " + graph.root().id() + " is complete.");
    } else {
      out.println("Would run " + todo.size() + " task" + (todo.size() == 1 ? "" : "s") + ", in this order:");
      // Written in blocks: a line per println would be a system call per task (System.out
      // flushes at every line), which dominates a dry run of a hundred thousand tasks.
      StringBuilder block = new StringBuilder(1 << 16);
      for (TaskNode node : todo) {
        Throwable error = node.planningError();
        block.append("  ").append(node.id());
        if (error != null) {
          block.append(" (fails: ").append(error).append(')');
        }
        block.append(System.lineSeparator());
        if (block.length() > 60_000) {
          out.print(block);
          block.setLength(0);
        }
      }
      out.print(block);
    }
  }

  private static String state(TaskNode node) {
    if (node.planningError() != null) {
      return "error: " + node.planningError();
    }
    return node.complete() ? "complete" : "incomplete";
  }

  private static String indent(int depth) {
    return "  ".repeat(depth);
  }
}
