package dev.docket.runtime.internal.batch;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.internal.workflow.BranchSelection;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A workflow of {@code size} branches, branch {@code b} writing {@code scan/<b>.txt} in the
 * store; for the job machinery's tests, which never run it (its jobs are
 * {@link FakeBatchBackend}'s).
 */
record Scan(int branch, int size) implements Workflow<Integer> {
  @Override
  public Map<Integer, Integer> branchMap() {
    return Branches.range(size);
  }

  /** The output of branch {@code b}. */
  static LocalFileTarget output(int b) {
    return LocalFileTarget.of("scan", b + ".txt");
  }

  /** Writes the outputs of {@code branches} ({@code --branches} form), as their job would. */
  static void write(String branches) throws IOException {
    for (int b : BranchSelection.parse(branches).select(Branches.range(1000).keySet())) {
      Path file = output(b).path();
      Files.createDirectories(file.getParent());
      Files.writeString(file, "done");
    }
  }

  /** The whole workflow of {@code size} branches, with the branches {@code options} select. */
  static WorkflowTask<?> workflow(int size, WorkflowOptions options) {
    Scan root = new Scan(Workflow.WORKFLOW, size);
    return new WorkflowFamilies(options, root, 1.0, null).root(Family.INSTANCE);
  }

  /** Stands for the generated {@code Scan_Family} of {@code @Param int branch = -1, size}. */
  static final class Family implements TaskFamily<Scan> {
    static final Family INSTANCE = new Family();
    private static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(0, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");
    private static final ParamSpec<Integer> SIZE =
        ParamSpec.required(1, "size", "java.lang.Integer", Converters.INT, true, "");

    @Override
    public String name() {
      return "Scan";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Scan> type() {
      return Scan.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(BRANCH, SIZE);
    }

    @Override
    public Scan create(ParamValues values) {
      return new Scan(values.get(BRANCH), values.get(SIZE));
    }

    @Override
    public ParamValues values(Scan task) {
      return ParamValues.of(params(), task.branch(), task.size());
    }

    @Override
    public void requirements(Scan task, Requirements sink) {}

    @Override
    public void outputs(Scan task, Consumer<Target> sink) {
      if (task.branch() >= 0) {
        sink.accept(output(task.branch()));
      }
    }

    @Override
    public void run(Scan task, TaskContext context) {
      throw new AssertionError("the job machinery runs branches as jobs, never in this process");
    }
  }
}
