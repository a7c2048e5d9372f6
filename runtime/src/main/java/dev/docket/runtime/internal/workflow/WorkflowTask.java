package dev.docket.runtime.internal.workflow;

import dev.docket.runtime.Target;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.internal.remote.RemoteContainment;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.internal.store.StoreContainment;
import dev.docket.runtime.internal.store.StoreDirectory;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.workflow.Workflow;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedSet;

/**
 * One workflow task (branch {@code -1}) with its selected branches: creates the branch tasks
 * from the workflow's parameter values, with only {@code branch} changed, and lists their
 * outputs. The job machinery and {@link WorkflowFamily} share it.
 */
public final class WorkflowTask<T> {
  private final TaskFamily<T> family;
  private final T task;
  private final ParamSpec<?> branchSpec;
  private final SortedSet<Integer> branches;

  WorkflowTask(TaskFamily<T> family, T task, ParamSpec<?> branchSpec, BranchSelection selection) {
    this.family = family;
    this.task = task;
    this.branchSpec = branchSpec;
    Map<Integer, ?> map = ((Workflow<?>) task).branchMap();
    for (int b : map.keySet()) {
      if (b < 0) {
        throw new IllegalStateException(
            family.name() + ".branchMap() has the negative branch number " + b
                + "; number branches from 0 (Branches.of(list) does)");
      }
    }
    this.branches = selection.select(map.keySet());
  }

  /** The parameter {@code branch} of {@code family}, or {@code null} when it has none. */
  static ParamSpec<?> branchSpec(TaskFamily<?> family) {
    for (ParamSpec<?> spec : family.params()) {
      if (spec.name().equals(Workflow.BRANCH) && spec.type().equals("java.lang.Integer")) {
        return spec;
      }
    }
    return null;
  }

  /** The branch number of {@code task} of {@code family}. */
  static int branchOf(TaskFamily<Object> family, Object task, ParamSpec<?> spec) {
    return (Integer) family.values(task).get(spec.index());
  }

  public TaskFamily<T> family() {
    return family;
  }

  public T task() {
    return task;
  }

  public TaskId id() {
    return family.id(task);
  }

  /**
   * The workflow's own directory in the store, one per identity and branch selection, so that
   * running the same command again finds it: {@code <store>/.docket/jobs/<Family>/<hash>/},
   * which holds its job submission and which run counted it done.
   */
  public Path stateDirectory() {
    String key = id() + "\n" + branches;
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return StoreDirectory.docketFiles(LocalStore.root()).resolve("jobs").resolve(family.name())
          .resolve(HexFormat.of().formatHex(digest, 0, 8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The selected branch numbers, ascending. */
  public SortedSet<Integer> branches() {
    return branches;
  }

  /** The branch task {@code branch}: the workflow's parameters with {@code branch} set. */
  public T branch(int branch) {
    return withBranch(family, task, branchSpec, branch);
  }

  /** {@code task} of the workflow {@code family} with only its {@code branch} changed. */
  static <T> T withBranch(TaskFamily<T> family, T task, ParamSpec<?> branchSpec, int branch) {
    ParamValues values = family.values(task);
    Object[] copy = new Object[values.specs().size()];
    for (int i = 0; i < copy.length; i++) {
      copy[i] = values.get(i);
    }
    copy[branchSpec.index()] = branch;
    return family.create(ParamValues.of(values.specs(), copy));
  }

  /**
   * The outputs of one branch task, checked against the store as the planner checks a task's
   * own outputs: a parameter value that leads one out is bad input ({@link StoreContainment}; remote outputs, {@link RemoteContainment}).
   */
  public List<Target> outputs(int branch) throws Exception {
    List<Target> outputs = new ArrayList<>(2);
    T task = branch(branch);
    family.outputs(task, outputs::add);
    RemoteContainment.checkAll(family, task, outputs.toArray(new Target[0]));
    return outputs;
  }

  /** Whether every output of the branch exists (a branch without outputs never counts). */
  public boolean branchComplete(int branch) throws Exception {
    return branchNewestOutput(branch) != Target.MISSING;
  }

  /**
   * The time of the branch's newest output; {@link Target#MISSING} unless every output exists
   * (a branch without outputs never counts), {@link Target#UNKNOWN_TIME} when none has a time.
   */
  public long branchNewestOutput(int branch) throws Exception {
    List<Target> outputs = outputs(branch);
    if (outputs.isEmpty()) {
      return Target.MISSING;
    }
    long newest = Target.UNKNOWN_TIME;
    for (Target output : outputs) {
      long modified = output.lastModified();
      if (modified == Target.MISSING) {
        return Target.MISSING;
      }
      newest = Math.max(newest, modified); // UNKNOWN_TIME is below every real time
    }
    return newest;
  }
}
