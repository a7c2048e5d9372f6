package dev.docket.runtime.testing;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Outcome;
import dev.docket.runtime.Target;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Failing_Family;
import dev.docket.runtime.fixtures.Failing_Params;
import dev.docket.runtime.fixtures.Reconstruction_Family;
import dev.docket.runtime.fixtures.Reconstruction_Params;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.internal.store.LocalStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TaskTesterTest {
  @TempDir Path outside;
  @TempDir Path store;

  @BeforeEach
  void reset() {
    TestStores.reset(outside);
  }

  @Test
  void runsTheTreeInItsStoreThenFindsItComplete() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      var reco = Reconstruction_Family.parse("--dataset", "ttbar");
      var selection = Selection_Family.parse("--dataset", "ttbar");

      TaskRun first = tester.run(reco).assertSucceeded();
      assertThat(first.ran().stream().map(Object::toString).toList())
          .containsExactly(
              "Selection(dataset=ttbar, minJets=4, version=v1)",
              "Reconstruction(dataset=ttbar, version=v1)")
          .inOrder();
      assertThat(first.ranCount("Selection")).isEqualTo(1);
      assertThat(first.outcome(selection)).isEqualTo(Outcome.RAN);
      List<Target> outputs = first.outputs(reco);
      assertThat(outputs).hasSize(1);
      LocalFileTarget output = (LocalFileTarget) outputs.get(0);
      assertThat(output.path()).isEqualTo(store.resolve("reco/v1/ttbar.json"));
      assertThat(output.readString()).isEqualTo("EVENTS OF TTBAR WITH AT LEAST 4 JETS");
      assertThat(first.log()).contains("Done: Reconstruction(dataset=ttbar, version=v1) is complete.");

      TaskRun second = tester.run(reco);
      assertThat(second.ran()).isEmpty();
      assertThat(second.outcome(reco)).isEqualTo(Outcome.COMPLETE);
    }
    assertThat(Files.exists(outside.resolve("reco"))).isFalse();
  }

  @Test
  void configuredValuesApplyToTasksBuiltAsRequirements() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      tester.configure("Selection", "min-jets", "6");
      tester.run(Reconstruction_Family.parse("--dataset", "wjets")).assertSucceeded();
      assertThat(LocalFileTarget.of("reco", "v1", "wjets.json").readString())
          .isEqualTo("EVENTS OF WJETS WITH AT LEAST 6 JETS");
    }
  }

  @Test
  void aFailureIsReportedWithItsLog() {
    try (TaskTester tester = TaskTester.inStore(store)) {
      var failing = Failing_Family.parse("--dataset", "x");
      TaskRun run = tester.run(failing);
      assertThat(run.succeeded()).isFalse();
      assertThat(run.outcome(failing)).isEqualTo(Outcome.FAILED);
      AssertionError error = assertThrows(AssertionError.class, run::assertSucceeded);
      assertThat(error).hasMessageThat().contains("IOException: disk full");
      assertThat(error).hasMessageThat().contains("Failing(dataset=x, version=v1)");
    }
  }

  @Test
  void aTemporaryStoreIsDeletedAndThePreviousStoreRestored() throws Exception {
    Path temporary;
    try (TaskTester tester = TaskTester.inTemporaryStore()) {
      temporary = tester.store();
      assertThat(LocalStore.root()).isEqualTo(temporary);
      tester.run(Selection_Family.parse("--dataset", "ttbar")).assertSucceeded();
      assertThat(Files.exists(temporary.resolve("sel/v1/ttbar.json"))).isTrue();
    }
    assertThat(Files.exists(temporary)).isFalse();
    assertThat(LocalStore.root()).isEqualTo(outside.toAbsolutePath().normalize());
  }

  @Test
  void aBadConfiguredValueNamesTheConfigureCall() {
    try (TaskTester tester = TaskTester.inStore(store)) {
      TaskTester same = tester.configure("Selection", "--min-jets", "many").configure("Selection", "version", "v2");
      assertThat(same).isSameInstanceAs(tester);

      BadInputException e = assertThrows(BadInputException.class,
          () -> Selection_Family.parse("--dataset", "ttbar"));

      assertThat(e).hasMessageThat().contains("TaskTester.configure(\"Selection\", \"minJets\", ...)");
    }
  }

  @Test
  void aRunKeepsItsSummary() {
    try (TaskTester tester = TaskTester.inStore(store)) {
      TaskRun run = tester.run(Selection_Family.parse("--dataset", "ttbar")).assertSucceeded();

      assertThat(run.summary().success()).isTrue();
      assertThat(run.summary().failures()).isEmpty();
    }
  }

  @Test
  void aFileSystemConfiguredForTheTestServesRemoteTargetsUntilClose() throws Exception {
    Path remote = Files.createDirectories(outside.resolve("remote"));
    try (TaskTester tester = TaskTester.inStore(store)) {
      BadInputException bad = assertThrows(BadInputException.class,
          () -> tester.configureFs("out", java.util.Map.of("retries", "2")));
      assertThat(bad).hasMessageThat().contains("[fs.out] in");
      assertThat(bad).hasMessageThat().contains("has no base: add base =");

      tester.configureFs("out", java.util.Map.of("base", remote.toUri().toString()));
      dev.docket.runtime.RemoteFileTarget.of("out", "in", "a.txt").writeString("input\n");
      assertThat(Files.readString(remote.resolve("in/a.txt"))).isEqualTo("input\n");
      assertThat(dev.docket.runtime.RemoteFileTarget.of("out", "in", "a.txt").readString())
          .isEqualTo("input\n");
    }
    assertThat(dev.docket.runtime.internal.remote.RemoteStorage.current().find("out")).isNull();
  }
}
