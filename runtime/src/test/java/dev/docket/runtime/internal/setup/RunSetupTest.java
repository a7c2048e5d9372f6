package dev.docket.runtime.internal.setup;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.RunSummary;
import dev.docket.runtime.fixtures.Failing_Family;
import dev.docket.runtime.fixtures.Selection_Family;
import dev.docket.runtime.fixtures.Selection_Params;
import dev.docket.runtime.internal.remote.RemoteStorage;
import dev.docket.runtime.internal.store.LocalStore;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.DefaultsSource;
import dev.docket.runtime.spi.ParamDefaults;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskBuilder;
import dev.docket.runtime.spi.config.DocketConfig;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The one object that sets up a run for the command line, Docket and TaskTester. */
class RunSetupTest {
  @TempDir Path dir;
  private final ByteArrayOutputStream log = new ByteArrayOutputStream();
  private final PrintStream stream = new PrintStream(log, true, StandardCharsets.UTF_8);
  private final RunSetup setup = RunComponent.setup(stream, stream);

  private DocketConfig config(Path store, Map<String, Map<String, String>> sections) {
    return new DocketConfig(
        Optional.of(dir.resolve("docket.cfg")), store, OptionalInt.empty(), sections);
  }

  @Test
  void installsTheStoreAndDefaultsAndPutsBackTheFormerOnClose() throws IOException {
    Path store = Files.createDirectories(dir.resolve("data"));
    Path storeBefore = LocalStore.root();
    DefaultsSource defaultsBefore = ParamDefaults.current();

    try (RunSetup.Installed installed =
        setup.install(config(store, Map.of("Selection", Map.of("version", "v9"))), true)) {
      assertThat(LocalStore.root()).isEqualTo(store);
      assertThat(ParamDefaults.current().lookup("Selection", Selection_Params.VERSION).text())
          .isEqualTo("v9");
    }

    assertThat(LocalStore.root()).isEqualTo(storeBefore);
    assertThat(ParamDefaults.current()).isSameInstanceAs(defaultsBefore);
  }

  @Test
  void aBadFileOrStoreInstallsNothing() throws IOException {
    Path storeBefore = LocalStore.root();
    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");

    BadInputException section =
        assertThrows(
            BadInputException.class,
            () -> setup.install(config(dir, Map.of("Nope", Map.of("a", "1"))), false));
    BadInputException store =
        assertThrows(BadInputException.class, () -> setup.install(config(file, Map.of()), true));

    assertThat(section).hasMessageThat().contains("unknown section [Nope]");
    assertThat(store).hasMessageThat().contains(file.toString());
    assertThat(LocalStore.root()).isEqualTo(storeBefore);
  }

  @Test
  void aRunAppliesTheConfiguredSchedulingAndPrintsItsSummaryWhereItsProgressGoes() {
    DocketConfig config =
        config(dir, Map.of("Failing", Map.of("retries", "1", "retry-delay", "10ms")));
    try (RunSetup.Installed installed = setup.install(config, true)) {
      Object task =
          TaskArgs.apply(TaskBuilder.of(Failing_Family.INSTANCE), List.of("--dataset", "x")).build();

      RunSummary summary = setup.run(task, WorkflowFamilies.local(task), installed.settings(1, false));

      assertThat(summary.success()).isFalse();
      String printed = log.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("attempt 1 of 2 failed");
      assertThat(printed).contains("Summary:");
    }
  }

  @Test
  void theRunsRemoteStorageIsInstalledAndItsEventsEndTheRunAndTheFormerComesBackOnClose()
      throws IOException {
    Path remote = Files.createDirectories(dir.resolve("remote"));
    RemoteStorage before = RemoteStorage.current();
    DocketConfig config =
        config(dir, Map.of("fs.out", Map.of("base", remote.toUri().toString())));
    try (RunSetup.Installed installed = setup.install(config, true)) {
      assertThat(RemoteStorage.current()).isNotSameInstanceAs(before);
      assertThat(RemoteStorage.current().find("out")).isNotNull();
      // As a batch job's log reports them: the end of the run counts them.
      RemoteStorage.current().addReported("remote storage: [fs.out] 2 retries");
      Object task =
          TaskArgs.apply(TaskBuilder.of(Selection_Family.INSTANCE), List.of("--dataset", "x"))
              .build();

      RunSummary summary = setup.run(task, WorkflowFamilies.local(task), installed.settings(1, false));

      assertThat(summary.success()).isTrue();
      String printed = log.toString(StandardCharsets.UTF_8);
      assertThat(printed).contains("remote storage: [fs.out] 2 retries");
      assertThat(printed.indexOf("Summary:")).isAtLeast(0);
      assertThat(printed.indexOf("Summary:"))
          .isLessThan(printed.indexOf("remote storage: [fs.out] 2 retries"));
    }
    assertThat(RemoteStorage.current()).isSameInstanceAs(before);
  }

  @Test
  void aTestersInstallHasTheBuiltInSettingsAndPutsBackTheFormerStoreAndDefaults()
      throws IOException {
    Path store = Files.createDirectories(dir.resolve("tester"));
    Path storeBefore = LocalStore.root();
    DefaultsSource defaultsBefore = ParamDefaults.current();
    DefaultsSource none = (family, spec) -> null;

    try (RunSetup.Installed installed = RunSetup.install(store, none)) {
      assertThat(LocalStore.root()).isEqualTo(store);
      assertThat(ParamDefaults.current()).isSameInstanceAs(none);
      assertThat(installed.settings(3, false).workers()).isEqualTo(3);
    }

    assertThat(LocalStore.root()).isEqualTo(storeBefore);
    assertThat(ParamDefaults.current()).isSameInstanceAs(defaultsBefore);
  }

  @Test
  void itsPartsAreTheOnesItRunsWith() {
    assertThat(setup.registry()).isNotNull();
    assertThat(setup.graphs()).isNotNull();
    assertThat(setup.reporter()).isNotNull();
    assertThat(setup.executor()).isNotNull();
    assertThat(setup.registry().find("Selection")).isPresent();
  }

  @Test
  void aCommandThatOnlyReadsMakesNoStoreButIsRefusedAFileInItsWay() throws IOException {
    Path store = dir.resolve("new-store");
    setup.install(config(store, Map.of()), false).close();
    assertThat(Files.exists(store)).isFalse();

    setup.install(config(store, Map.of()), true).close();
    assertThat(Files.isDirectory(store.resolve(".docket"))).isTrue();

    Path file = Files.writeString(dir.resolve("a-file"), "not a directory");
    BadInputException reading =
        assertThrows(BadInputException.class, () -> setup.install(config(file, Map.of()), false));
    assertThat(reading).hasMessageThat().contains(file.toString());
  }
}
