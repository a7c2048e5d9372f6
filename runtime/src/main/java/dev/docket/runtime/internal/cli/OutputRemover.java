package dev.docket.runtime.internal.cli;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.internal.remote.RemoteOutputs;
import dev.docket.runtime.internal.store.LocalStore;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code --remove-output DEPTH[,MODE[,RUN]]}: lists the existing outputs of a task and its
 * dependencies to DEPTH, then removes them once confirmed: by mode {@code a}, by {@code --yes},
 * or by the user answering {@code y} at a terminal. Without a terminal and without either, it
 * refuses (bad input, status 2): a batch script must not delete data by accident. Mode
 * {@code d} only lists.
 */
final class OutputRemover {
  private final PrintStream out;
  private final Terminal terminal;

  @Inject
  OutputRemover(@Named("out") PrintStream out, Terminal terminal) {
    this.out = out;
    this.terminal = terminal;
  }

  /**
   * The graph was expanded to the requested depth. {@code mode}: {@code ASK} (confirmed by
   * {@code --yes} or at a terminal), {@code ALL} (without asking) or {@code DRY} (list only).
   */
  int remove(TaskGraph graph, OutputForms.Mode mode, boolean yes) {
    List<OutputWalk.Output> found = new ArrayList<>();
    List<OutputWalk.Output> outputs = OutputWalk.of(graph);
    try (RemoteOutputs.Snapshot listed =
        RemoteOutputs.prefetch(outputs.stream().map(OutputWalk.Output::target).toList(), 1)) {
      outputs.removeIf(output -> !output.target().exists());
    }
    for (OutputWalk.Output output : outputs) {
      if (output.target() instanceof LocalFileTarget file && !file.insideStore()) {
        // An input made elsewhere (the planner refused every parameter that leads out of the
        // store): Docket never removes it.
        out.println("Kept, outside the store " + LocalStore.root() + ": " + file.describe()
            + "  (" + output.node().id() + ")");
        continue;
      }
      found.add(output);
    }
    if (found.isEmpty()) {
      out.println("No outputs to remove.");
      return 0;
    }
    out.println("Outputs to remove (" + found.size() + "):");
    for (OutputWalk.Output f : found) {
      out.println("  " + f.target().describe() + "  (" + f.node().id() + ")");
    }
    if (mode == OutputForms.Mode.DRY) {
      out.println("Dry run: nothing removed.");
      return 0;
    }
    if (mode == OutputForms.Mode.ASK && !yes) {
      if (!terminal.interactive()) {
        throw Messages.removeNeedsYes(found.size());
      }
      out.flush(); // the list on the screen before the question (DocketCli flushes the rest)
      if (!terminal.confirm("Remove these " + found.size() + " outputs?")) {
        out.println("Nothing removed.");
        return 0;
      }
    }
    for (OutputWalk.Output f : found) {
      try {
        f.target().remove();
      } catch (IOException e) {
        throw new UncheckedIOException(
            "cannot remove " + f.target().describe() + ": " + e.getMessage(), e);
      }
    }
    out.println("Removed " + found.size() + " output" + (found.size() == 1 ? "" : "s") + ".");
    return 0;
  }
}
