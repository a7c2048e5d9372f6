package dev.docket.runtime.internal.workflow;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.internal.store.CompositeTarget;
import dev.docket.runtime.internal.workflow.Skims.Skim;
import dev.docket.runtime.spi.ForwardingTaskFamily;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.function.Consumer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A workflow task's branches, their outputs and times, and the check of a requested branch. */
class WorkflowTaskTest {
  @TempDir Path store;

  private final Skims.Family family = new Skims.Family();

  @BeforeEach
  void installStore() {
    TestStores.reset(store);
  }

  private WorkflowTask<Skim> task(int count, String branches) {
    return new WorkflowTask<>(family, Skims.workflow(count), Skims.Family.BRANCH,
        branches == null ? BranchSelection.all() : BranchSelection.parse(branches));
  }

  private Path output(int count, int branch) {
    return store.resolve("skim-" + count + "-" + branch + ".txt");
  }

  private Path write(int count, int branch, long millis) throws IOException {
    Path file = Files.writeString(output(count, branch), "x");
    Files.setLastModifiedTime(file, FileTime.fromMillis(millis));
    return file;
  }

  @Test
  void branchTasksChangeOnlyTheBranch() {
    WorkflowTask<Skim> task = task(4, "1:3");
    assertThat(task.branches()).containsExactly(1, 2).inOrder();
    assertThat(task.branch(2)).isEqualTo(new Skim(4, 2));
    assertThat(task.id().toString()).isEqualTo("Skim(count=4, branch=-1)");
    assertThat(task.family()).isSameInstanceAs(family);
    assertThat(task.task()).isEqualTo(Skims.workflow(4));
  }

  @Test
  void aNegativeBranchNumberIsTheWorkflowsMistake() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> new WorkflowTask<>(family, Skims.workflow(-2), Skims.Family.BRANCH, BranchSelection.all()));
    assertThat(e).hasMessageThat().isEqualTo("Skim.branchMap() has the negative branch number -2;"
        + " number branches from 0 (Branches.of(list) does)");
  }

  @Test
  void theStateDirectoryIsOnePerWorkflowAndSelection() {
    Path all = task(4, null).stateDirectory();
    assertThat(all.getParent()).isEqualTo(store.resolve(".docket/jobs/Skim"));
    assertThat(all.getFileName().toString()).matches("[0-9a-f]{16}");
    assertThat(task(4, null).stateDirectory()).isEqualTo(all);
    assertThat(task(4, "0:2").stateDirectory()).isNotEqualTo(all);
    assertThat(task(5, null).stateDirectory()).isNotEqualTo(all);
  }

  @Test
  void aBranchsNewestOutputIsMissingUnlessAllItsOutputsExist() throws Exception {
    WorkflowTask<Skim> task = task(2, null);
    assertThat(task.branchNewestOutput(0)).isEqualTo(Target.MISSING);
    assertThat(task.branchComplete(0)).isFalse();
    write(2, 0, 5_000_000L);
    assertThat(task.branchNewestOutput(0)).isEqualTo(5_000_000L);
    assertThat(task.branchComplete(0)).isTrue();
    assertThat(task.outputs(0)).containsExactly(LocalFileTarget.of(output(2, 0)));
  }

  @Test
  void theCollectionIsAsNewAsTheNewestCompleteBranch() throws Exception {
    CompositeTarget collection = new BranchCollection(task(3, null), 0.5);
    write(3, 0, 7_000_000L);
    assertThat(collection.lastModified()).isEqualTo(Target.MISSING); // 1 of 3, 2 needed
    write(3, 2, 9_000_000L);
    assertThat(collection.lastModified()).isEqualTo(9_000_000L);
    write(3, 0, 11_000_000L);
    assertThat(collection.lastModified()).isEqualTo(11_000_000L);
    assertThat(collection.exists()).isTrue();
  }

  @Test
  void aWorkflowWithoutBranchesNeverExists() {
    CompositeTarget none = new BranchCollection(task(0, null), 0.0);
    assertThat(none.exists()).isFalse();
    assertThat(none.status()).isEqualTo(new CompositeTarget.Status(
        false, "0/0 branches complete, 0 needed ([job] acceptance 0.0)")); // none needed, still none
  }

  @Test
  void oneBranchIsSaidInTheSingular() throws Exception {
    write(1, 0, 1_000_000L);
    assertThat(new BranchCollection(task(1, null), 1).status().line())
        .isEqualTo("1/1 branch complete");
  }

  @Test
  void aLongListOfMissingBranchesIsCut() {
    String line = new BranchCollection(task(200, evenBranches()), 1)
        .status().line();
    String numbers = line.substring(line.indexOf("(missing ") + 9, line.indexOf(')'));
    assertThat(numbers).endsWith("...");
    assertThat(numbers.length()).isEqualTo(60 + 3);
    assertThat(line).startsWith("0/100 branches complete (missing 0,2,4,");
  }

  @Test
  void sixtyCharactersOfMissingBranchesAreShownWhole() {
    List<String> numbers = new ArrayList<>();
    for (int b = 10; b < 48; b += 2) {
      numbers.add(String.valueOf(b));
    }
    numbers.add("100");
    String selection = String.join(",", numbers);
    assertThat(selection).hasLength(60);
    assertThat(new BranchCollection(task(101, selection), 1).status().line())
        .isEqualTo("0/20 branches complete (missing " + selection + ")");
  }

  @Test
  void anOutputPathWithANulIsRefusedAsThePlannerWould() {
    TaskFamily<Skim> nul = new ForwardingTaskFamily<>(family) {
      @Override
      public void outputs(Skim task, Consumer<Target> sink) {
        sink.accept(LocalFileTarget.of("skim\0.txt"));
      }
    };
    WorkflowTask<Skim> task =
        new WorkflowTask<>(nul, Skims.workflow(1), Skims.Family.BRANCH, BranchSelection.all());
    BadInputException e = assertThrows(BadInputException.class, () -> task.outputs(0));
    assertThat(e).hasMessageThat().contains("has a NUL character");
  }

  private static String evenBranches() {
    List<String> even = new ArrayList<>();
    for (int b = 0; b < 200; b += 2) {
      even.add(String.valueOf(b));
    }
    return String.join(",", even);
  }

  @Test
  void removingTheCollectionRemovesTheBranchOutputsInTheStoreOnly() throws Exception {
    Path outside = Files.writeString(Files.createTempDirectory("outside").resolve("input.txt"), "keep");
    List<Target> removed = new ArrayList<>();
    Target remote = new Target() {
      @Override
      public boolean exists() {
        return true;
      }

      @Override
      public void remove() {
        removed.add(this);
      }

      @Override
      public String describe() {
        return "remote";
      }
    };
    TaskFamily<Skim> mixed = new ForwardingTaskFamily<>(family) {
      @Override
      public void outputs(Skim task, Consumer<Target> sink) throws Exception {
        family.outputs(task, sink);
        sink.accept(LocalFileTarget.of(outside));
        sink.accept(remote);
      }
    };
    write(2, 0, 1_000_000L);
    write(2, 1, 1_000_000L);
    WorkflowTask<Skim> task =
        new WorkflowTask<>(mixed, Skims.workflow(2), Skims.Family.BRANCH, BranchSelection.all());
    new BranchCollection(task, 1).remove();
    assertThat(Files.exists(output(2, 0))).isFalse();
    assertThat(Files.exists(output(2, 1))).isFalse();
    assertThat(Files.readString(outside)).isEqualTo("keep");
    assertThat(removed).hasSize(2); // once per branch
  }

  @Test
  void aFailingOutputsMethodNamesTheBranchAndBadInputStaysBadInput() {
    TaskFamily<Skim> failing = new ForwardingTaskFamily<>(family) {
      @Override
      public void outputs(Skim task, Consumer<Target> sink) {
        if (task.branch() == 1) {
          throw new ArithmeticException("division by zero");
        }
        throw new BadInputException("the dataset is unknown");
      }
    };
    WorkflowTask<Skim> one =
        new WorkflowTask<>(failing, Skims.workflow(2), Skims.Family.BRANCH, BranchSelection.parse("1"));
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> new BranchCollection(one, 1).exists());
    assertThat(e).hasMessageThat().isEqualTo("outputs of branch 1 of Skim(count=2, branch=-1)");
    assertThat(e).hasCauseThat().isInstanceOf(ArithmeticException.class);

    WorkflowTask<Skim> zero =
        new WorkflowTask<>(failing, Skims.workflow(2), Skims.Family.BRANCH, BranchSelection.parse("0"));
    assertThrows(BadInputException.class, () -> new BranchCollection(zero, 1).parts());
  }

  @Test
  void onlyAWorkflowClassWithAnIntegerBranchParameterIsAWorkflow() {
    TaskFamily<Skim> noBranch = new ForwardingTaskFamily<>(family) {
      @Override
      public List<ParamSpec<?>> params() {
        return List.of(Skims.Family.COUNT);
      }
    };
    TaskFamily<Skim> textBranch = new ForwardingTaskFamily<>(family) {
      @Override
      public List<ParamSpec<?>> params() {
        return List.of(Skims.Family.COUNT,
            ParamSpec.optional(1, "branch", "java.lang.String", Converters.STRING, "-1", true, ""));
      }
    };
    assertThat(WorkflowFamilies.isWorkflow(family)).isTrue();
    assertThat(WorkflowFamilies.isWorkflow(noBranch)).isFalse();
    assertThat(WorkflowFamilies.isWorkflow(textBranch)).isFalse();
    assertThat(WorkflowFamilies.local(null).apply(noBranch)).isSameInstanceAs(noBranch);
  }

  @Test
  void theRunKeepsOneViewPerWorkflowAndItsOptions() {
    WorkflowOptions options = new WorkflowOptions(
        "slurm", BranchSelection.parse("1"), 5, OptionalInt.of(2), 0, false, false);
    Skim root = Skims.workflow(3);
    WorkflowFamilies run = new WorkflowFamilies(options, root, 0.25, null);
    WorkflowTask<?> view = run.root(family);
    assertThat(view.branches()).containsExactly(1);
    assertThat(run.root(family)).isSameInstanceAs(view);
    assertThat(run.options()).isSameInstanceAs(options);
    assertThat(run.acceptance()).isEqualTo(0.25);
    assertThat(options.local()).isFalse();
    assertThat(WorkflowOptions.defaults().local()).isTrue();
    assertThat(WorkflowOptions.defaults().tasksPerJob()).isEqualTo(1);
    assertThat(WorkflowOptions.defaults().retries()).isEqualTo(1);
  }
}
