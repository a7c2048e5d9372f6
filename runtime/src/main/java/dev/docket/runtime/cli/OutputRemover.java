package dev.docket.runtime.cli;

import dev.docket.runtime.Target;
import dev.docket.runtime.graph.TaskGraph;
import dev.docket.runtime.graph.TaskNode;
import dev.docket.runtime.target.CompositeTarget;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code --remove-output DEPTH}: lists the existing outputs of a task and its dependencies to
 * DEPTH, then removes them once confirmed: by {@code --yes}, or by the user answering {@code y}
 * at a terminal. Without a terminal and without {@code --yes}, it refuses (bad input, status 2):
 * a batch script must not delete data by accident.
 */
final class OutputRemover {
  private final PrintStream out;
  private final Terminal terminal;

  @Inject
  OutputRemover(@Named("out") PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /** The graph was expanded to the requested depth; its nodes, root first by depth. */
  int remove(TaskGraph graph, boolean yes) {
    record Found(TaskNode node, Target target) {}
    List<TaskNode> byDepth = new ArrayList<>(graph.nodes());
    byDepth.sort((a, b) -> Integer.compare(a.depth(), b.depth()));
    Set<Target> seen = new LinkedHashSet<>();
    List<Found> found = new ArrayList<>();
    for (TaskNode node : byDepth) {
      for (Target output : node.outputs()) {
        // A workflow's collection exists only once enough branches are complete; the branch
        // outputs that exist are removed all the same, half-done workflows included.
        List<Target> targets =
            output instanceof CompositeTarget composite ? composite.parts() : List.of(output);
        for (Target target : targets) {
          if (target.exists() && seen.add(target)) {
            found.add(new Found(node, target));
          }
        }
      }
    }
    if (found.isEmpty()) {
      out.println("No outputs to remove.");
      return 0;
    }
    out.println("Outputs to remove (" + found.size() + "):");
    for (Found f : found) {
      out.println("  " + f.target().describe() + "  (" + f.node().id() + ")");
    }
    out.flush();
    if (!yes) {
      if (!terminal.interactive()) {
        throw Messages.removeNeedsYes(found.size());
      }
      String answer = terminal.readLine("Remove these " + found.size() + " outputs? [y/N] ");
      if (answer == null || !answer.strip().toLowerCase(Locale.ROOT).matches("y|yes")) {
        out.println("Nothing removed.");
        return 0;
      }
    }
    for (Found f : found) {
      try {
        f.target().remove();
      } catch (IOException e) {
        throw new UncheckedIOException("cannot remove " + f.target().describe(), e);
      }
    }
    out.println("Removed " + found.size() + " output" + (found.size() == 1 ? "" : "s") + ".");
    return 0;
  }
}
