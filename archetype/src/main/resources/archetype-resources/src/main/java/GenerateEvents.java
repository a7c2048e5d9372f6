package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import dev.docket.runtime.workflow.Workflows;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Generates the events of one dataset: a workflow with one branch per chunk, as a production
 * has one job per file. {@code ./docket run GenerateEvents --dataset ttbar} runs every chunk
 * (the branches are tasks of the run), {@code --branch 2} one of them, and {@code --workflow
 * local-process} (or {@code slurm}) runs the chunks as batch jobs.
 *
 * <p>The task with {@code branch = -1} is the workflow: its output is the collection of its
 * branches' outputs, and a task that requires it ({@code @Requires GenerateEvents events}) gets
 * the workflow, whose {@code files()} are the chunks' files.
 */
@Task
class GenerateEvents extends AnalysisTask implements Workflow<Integer> {
  /** The chunk to generate; -1, the default, is the whole workflow: every chunk. */
  @Param(defaultValue = "-1")
  int branch;

  /** The dataset: ttbar, single_top, wjets or data. */
  @Param Dataset dataset;

  /** How many chunks, i.e. branches, the dataset has (the data's expected yield is split among them). */
  @Param(defaultValue = "4")
  int chunks;

  /** Simulated events per chunk (the data's count follows from its expected yield). */
  @Param(defaultValue = "5000")
  int eventsPerChunk;

  /** The random seed; each dataset and chunk derive their own stream from it. */
  @Param(defaultValue = "1")
  long seed;

  /** Branch number to chunk number: here the same, 0 to chunks - 1. */
  @Override
  public Map<Integer, Integer> branchMap() {
    return Branches.range(chunks);
  }

  /** The events of one chunk (of the branch this task is). */
  @Output
  LocalFileTarget events() {
    return Outputs.chunk(version, dataset, branch);
  }

  /**
   * The chunks' files, read through each branch task's own {@code events()} (the workflow's
   * parameters with {@code branch} set): no path is written twice.
   */
  List<LocalFileTarget> files() {
    List<LocalFileTarget> files = new ArrayList<>();
    for (GenerateEvents chunk : Workflows.branchesOf(this)) {
      files.add(chunk.events());
    }
    return files;
  }

  /** Runs for one branch: generates its chunk. */
  void run(TaskContext context) throws Exception {
    int chunk = branchMap().get(branch);
    long[] written = {0};
    try (BufferedWriter out = events().newWriter()) {
      out.write(Event.CSV_HEADER);
      out.newLine();
      EventGenerator generator = new EventGenerator(seed, dataset, chunk);
      generator.generate(dataset, chunks, eventsPerChunk, event -> {
        try {
          out.write(event.toCsv());
          out.newLine();
          written[0]++;
        } catch (IOException e) {
          throw new UncheckedIOException(e); // unwrapped below: the task fails with the cause
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
    context.log(written[0] + " events of " + dataset.fileName() + ", chunk " + chunk + " of " + chunks);
  }
}
