package dev.docket.runtime.internal.cli;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A workflow of {@code size} branches for the command line's tests, branch {@code b} writing
 * {@code sweep/<b>.txt}; its family stands for the generated one of {@code @Param int branch =
 * -1, size = 4}.
 */
record Sweep(int branch, int size) implements Workflow<Integer> {
  /** The families of a command line that knows only this workflow. */
  static final TaskIndex INDEX = () -> List.of(Family.INSTANCE);

  @Override
  public Map<Integer, Integer> branchMap() {
    return Branches.range(size);
  }

  static LocalFileTarget output(int b) {
    return LocalFileTarget.of("sweep", b + ".txt");
  }

  static final class Family implements TaskFamily<Sweep> {
    static final Family INSTANCE = new Family();
    private static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(0, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");
    private static final ParamSpec<Integer> SIZE =
        ParamSpec.optional(1, "size", "java.lang.Integer", Converters.INT, "4", true, "");

    @Override
    public String name() {
      return "Sweep";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Sweep> type() {
      return Sweep.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(BRANCH, SIZE);
    }

    @Override
    public Sweep create(ParamValues values) {
      return new Sweep(values.get(BRANCH), values.get(SIZE));
    }

    @Override
    public ParamValues values(Sweep task) {
      return ParamValues.of(params(), task.branch(), task.size());
    }

    @Override
    public void requirements(Sweep task, Requirements sink) {}

    @Override
    public void outputs(Sweep task, Consumer<Target> sink) {
      if (task.branch() >= 0) {
        sink.accept(output(task.branch()));
      }
    }

    @Override
    public void run(Sweep task, TaskContext context) throws Exception {
      output(task.branch()).writeString("done");
    }
  }
}
