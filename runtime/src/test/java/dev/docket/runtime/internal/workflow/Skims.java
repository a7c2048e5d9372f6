package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.Requirements;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Branches;
import dev.docket.runtime.workflow.Workflow;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A workflow of {@code count} branches and the family the processor would generate for it,
 * which records what the runtime asks of it. Branch {@code b} requires {@code "raw-b"} and
 * writes {@code skim-<count>-<b>.txt} in the store; the workflow requires {@code "calibration"}.
 * A count below -1 numbers its one branch with it.
 */
final class Skims {
  private Skims() {}

  /** A count whose branch map fails, as a user's code may. */
  static final int BROKEN = -1;

  record Skim(int count, int branch) implements Workflow<Integer> {
    @Override
    public Map<Integer, Integer> branchMap() {
      if (count == BROKEN) {
        throw new IllegalStateException("no dataset for this count");
      }
      return count < 0 ? Map.of(count, 0) : Branches.range(count); // a map with a negative branch
    }

    @Override
    public Collection<?> workflowRequires() {
      return List.of("calibration");
    }
  }

  static Skim workflow(int count) {
    return new Skim(count, Workflow.WORKFLOW);
  }

  static final class Family implements TaskFamily<Skim> {
    static final ParamSpec<Integer> COUNT =
        ParamSpec.optional(0, "count", "java.lang.Integer", Converters.INT, "3", true, "");
    static final ParamSpec<Integer> BRANCH =
        ParamSpec.optional(1, "branch", "java.lang.Integer", Converters.INT, "-1", true, "");

    /** The branches whose {@code run} was called, in order. */
    final List<Skim> ran = new ArrayList<>();

    @Override
    public String name() {
      return "Skim";
    }

    @Override
    public String description() {
      return "";
    }

    @Override
    public Class<Skim> type() {
      return Skim.class;
    }

    @Override
    public List<ParamSpec<?>> params() {
      return List.of(COUNT, BRANCH);
    }

    @Override
    public Skim create(ParamValues values) {
      return new Skim((Integer) values.get(0), (Integer) values.get(1));
    }

    @Override
    public ParamValues values(Skim task) {
      return ParamValues.of(params(), task.count(), task.branch());
    }

    @Override
    public void requirements(Skim task, Requirements sink) {
      sink.add("raw-" + task.branch());
    }

    @Override
    public void outputs(Skim task, Consumer<Target> sink) {
      sink.accept(LocalFileTarget.of("skim-" + task.count() + "-" + task.branch() + ".txt"));
    }

    @Override
    public void run(Skim task, TaskContext context) {
      ran.add(task);
    }
  }

  /** What a family reported as requirements: families given with a task are named. */
  static final class Sink implements Requirements {
    final List<Object> added = new ArrayList<>();

    @Override
    public <R> void add(TaskFamily<R> family, R task) {
      added.add(family.name() + ":" + task);
    }

    @Override
    public void add(Object task) {
      added.add(task);
    }
  }

  /** A run's context that notes whether the task said another run did its work. */
  static final class Context implements TaskContext {
    boolean elsewhere;

    @Override
    public dev.docket.runtime.TaskId id() {
      throw new UnsupportedOperationException();
    }

    @Override
    public void log(String message) {}

    @Override
    public void completedElsewhere() {
      elsewhere = true;
    }
  }
}
