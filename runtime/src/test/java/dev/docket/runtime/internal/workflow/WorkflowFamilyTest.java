package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.internal.workflow.Skims.Context;
import dev.docket.runtime.internal.workflow.Skims.Sink;
import dev.docket.runtime.internal.workflow.Skims.Skim;
import dev.docket.runtime.spi.TaskFamily;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow's family as one run sees it: what it requires, outputs and does when run. */
class WorkflowFamilyTest {
  @TempDir Path store;

  private final Skims.Family inner = new Skims.Family();

  @BeforeEach
  void installStore() {
    TestStores.reset(store);
  }

  private static WorkflowOptions options(String workflow, String branches) {
    return new WorkflowOptions(
        workflow, branches == null ? BranchSelection.all() : BranchSelection.parse(branches), 1,
        OptionalInt.empty(), 1, false, false);
  }

  @SuppressWarnings("unchecked")
  private TaskFamily<Skim> family(WorkflowFamilies run) {
    return (TaskFamily<Skim>) run.apply(inner);
  }

  private TaskFamily<Skim> local(Skim root) {
    return family(WorkflowFamilies.local(root));
  }

  private void complete(Skim task) throws Exception {
    Files.writeString(store.resolve("skim-" + task.count() + "-" + task.branch() + ".txt"), "x");
  }

  @Test
  void onlyTheWorkflowItselfCoordinates() {
    TaskFamily<Skim> family = local(Skims.workflow(3));
    assertThat(family.coordinates(Skims.workflow(3))).isTrue();
    assertThat(family.coordinates(new Skim(3, 0))).isFalse();
  }

  @Test
  void aLocalWorkflowRequiresWhatItDeclaresAndItsSelectedBranches() throws Exception {
    Skim root = Skims.workflow(4);
    TaskFamily<Skim> family = family(new WorkflowFamilies(options("local", "1:3"), root, 1, null));
    Sink sink = new Sink();
    family.requirements(root, sink);
    assertThat(sink.added)
        .containsExactly("calibration", "Skim:" + new Skim(4, 1), "Skim:" + new Skim(4, 2))
        .inOrder();

    // --branches selects from the requested workflow only; another workflow runs all its branches.
    Sink other = new Sink();
    family.requirements(Skims.workflow(2), other);
    assertThat(other.added)
        .containsExactly("calibration", "Skim:" + new Skim(2, 0), "Skim:" + new Skim(2, 1))
        .inOrder();
  }

  @Test
  void aWorkflowOfBatchJobsRequiresOnlyWhatItDeclares() throws Exception {
    Skim root = Skims.workflow(3);
    TaskFamily<Skim> family = family(new WorkflowFamilies(options("slurm", null), root, 1, null));
    Sink sink = new Sink();
    family.requirements(root, sink);
    assertThat(sink.added).containsExactly("calibration");
  }

  @Test
  void aBranchIsLeftToItsOwnFamily() throws Exception {
    TaskFamily<Skim> family = local(Skims.workflow(3));
    Skim branch = new Skim(3, 2);
    Sink sink = new Sink();
    family.requirements(branch, sink);
    assertThat(sink.added).containsExactly("raw-2");
    List<Target> outputs = new ArrayList<>();
    family.outputs(branch, outputs::add);
    assertThat(outputs).hasSize(1);
    assertThat(outputs.get(0).describe()).contains("skim-3-2.txt");

    family.run(branch, new Context());
    assertThat(inner.ran).containsExactly(branch);
  }

  @Test
  void aBranchOutsideTheMapFailsAsTheTasksErrorNamingTheBranchesThereAre() {
    TaskFamily<Skim> family = local(Skims.workflow(3));
    Skim missing = new Skim(3, 7);
    String expected = "branch 7 of Skim(count=3, branch=-1) does not exist: its branch map has"
        + " branches 0 to 2; give --branch one of them, or leave --branch out for the whole workflow";
    IllegalArgumentException required =
        assertThrows(IllegalArgumentException.class, () -> family.requirements(missing, new Sink()));
    assertThat(required).hasMessageThat().isEqualTo(expected);
    IllegalArgumentException output =
        assertThrows(IllegalArgumentException.class, () -> family.outputs(missing, t -> {}));
    assertThat(output).hasMessageThat().isEqualTo(expected);
  }

  @Test
  void theWorkflowsOutputIsItsSelectedBranches() throws Exception {
    Skim root = Skims.workflow(5);
    TaskFamily<Skim> family = family(new WorkflowFamilies(options("local", "3:"), root, 1, null));
    List<Target> outputs = new ArrayList<>();
    family.outputs(root, outputs::add);
    assertThat(outputs).hasSize(1);
    CompositeTarget collection = (CompositeTarget) outputs.get(0);
    assertThat(collection.describe()).isEqualTo("the outputs of 2 branches (3:5)");
    assertThat(collection.exists()).isFalse();
    complete(new Skim(5, 3));
    complete(new Skim(5, 4));
    assertThat(collection.exists()).isTrue(); // branches 0 to 2 are not selected
  }

  @Test
  void aWorkflowOfBatchJobsRunsThroughTheRemoteRunnerWithItsSelectedBranches() throws Exception {
    Skim root = Skims.workflow(6);
    List<WorkflowTask<?>> submitted = new ArrayList<>();
    Context context = new Context();
    RemoteRunner remote = (workflow, c) -> {
      assertThat(c).isSameInstanceAs(context);
      submitted.add(workflow);
    };
    TaskFamily<Skim> family = family(new WorkflowFamilies(options("slurm", "0,4"), root, 1, remote));
    family.run(root, context);
    assertThat(submitted).hasSize(1);
    assertThat(submitted.get(0).task()).isEqualTo(root);
    assertThat(submitted.get(0).branches()).containsExactly(0, 4).inOrder();
    assertThat(inner.ran).isEmpty();
  }

  @Test
  void ofTwoLocalRunsOfTheSameBranchesOnlyTheFirstCountsTheWorkflow() throws Exception {
    Skim root = Skims.workflow(2);
    complete(new Skim(2, 0));
    complete(new Skim(2, 1));

    Context first = new Context();
    local(root).run(root, first);
    assertThat(first.elsewhere).isFalse();
    assertThat(Files.readString(WorkflowFamilies.local(root).root(inner).stateDirectory()
        .resolve(LocalClaim.FILE))).isNotEmpty();

    Context second = new Context();
    local(root).run(root, second); // a new run: a new WorkflowFamilies, the same store
    assertThat(second.elsewhere).isTrue();
    assertThat(inner.ran).isEmpty(); // the workflow's own task does no work

    // A branch made again: the next run counts the workflow afresh.
    Path output = store.resolve("skim-2-1.txt");
    Files.setLastModifiedTime(output,
        FileTime.fromMillis(Files.getLastModifiedTime(output).toMillis() + 60_000));
    Context third = new Context();
    local(root).run(root, third);
    assertThat(third.elsewhere).isFalse();
  }

  @Test
  void aWorkflowWhoseBranchesAreNotCompleteIsNotClaimed() throws Exception {
    Skim root = Skims.workflow(2);
    complete(new Skim(2, 0));
    for (int run = 0; run < 2; run++) {
      Context context = new Context();
      local(root).run(root, context);
      assertThat(context.elsewhere).isFalse();
    }
    assertThat(Files.exists(WorkflowFamilies.local(root).root(inner).stateDirectory()))
        .isFalse();
  }

  @Test
  void aJobOfASubmissionCountsTheWorkflowWithoutAClaim() throws Exception {
    Skim root = Skims.workflow(1);
    complete(new Skim(1, 0));
    local(root).run(root, new Context());
    System.setProperty(WorkflowOptions.JOB_PROPERTY, "true");
    try {
      Context context = new Context();
      local(root).run(root, context);
      assertThat(context.elsewhere).isFalse();
    } finally {
      System.clearProperty(WorkflowOptions.JOB_PROPERTY);
    }
  }

  @Test
  void aFamilyIsWrappedOnceAndOnlyAWorkflowWithAnIntBranchIs() {
    WorkflowFamilies run = WorkflowFamilies.local(null);
    TaskFamily<?> wrapped = run.apply(inner);
    assertThat(wrapped).isInstanceOf(WorkflowFamily.class);
    assertThat(run.apply(wrapped)).isSameInstanceAs(wrapped);
    assertThat(WorkflowFamilies.isWorkflow(inner)).isTrue();
    assertThat(WorkflowFamilies.branchOf(inner, new Skim(3, 2))).isEqualTo(2);
  }
}
