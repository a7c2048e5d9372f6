package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Calib_Family;
import dev.docket.runtime.fixtures.Chain_Family;
import dev.docket.runtime.fixtures.Fixtures_TaskIndex;
import dev.docket.runtime.internal.exec.TaskInvoker;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.config.DocketConfig;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which tasks the invoker sends to a sandbox, and when it opens one. No sandbox backend is on
 * the runtime's own class path, so a task that needs one shows as the missing backend's message.
 */
class SandboxInvokerTest {
  private static final Map<String, String> VENV = Map.of("sandbox", "venv::.venv");

  @TempDir Path store;

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void everyTaskRunsInThisJvmWhenNoFamilyHasASandboxOrSandboxesAreOff() {
    DocketConfig sandboxed = config(Map.of("ttbar.Calib", VENV));

    assertThat(of(config(Map.of()), false)).isSameInstanceAs(TaskInvoker.IN_PROCESS);
    assertThat(of(sandboxed, true)).isSameInstanceAs(TaskInvoker.IN_PROCESS);
    assertThat(of(config(Map.of("ttbar.Calib", VENV, "sandbox", Map.of("enabled", "false"))), false))
        .isSameInstanceAs(TaskInvoker.IN_PROCESS);
    assertThat(of(sandboxed, false)).isInstanceOf(SandboxInvoker.class);
  }

  @Test
  void aBadSandboxOfAnyFamilyIsBadInputAlsoWhenEveryTaskRunsInPlace() {
    BadInputException e = assertThrows(BadInputException.class,
        () -> of(config(Map.of("Chain", Map.of("sandbox", "nope::x"))), true));

    assertThat(e).hasMessageThat().startsWith("bad value 'nope::x' for [Chain] sandbox in docket.cfg: ");
  }

  @Test
  void preparingOpensTheSandboxOfEachTaskThatWillRunAndNoOther() throws Exception {
    TaskInvoker invoker = of(config(Map.of("ttbar.Calib", VENV)), false);

    BadInputException e = assertThrows(BadInputException.class, () -> invoker.prepare(plan(Calib_Family.parse())));

    assertThat(e).hasMessageThat().startsWith("the sandbox venv::.venv of [ttbar.Calib] sandbox in"
        + " docket.cfg needs the venv sandbox backend, which is not on the class path");
    Files.createDirectories(store.resolve("calib"));
    Files.writeString(store.resolve("calib/4-false.txt"), "done");
    invoker.prepare(plan(Calib_Family.parse())); // complete: nothing to open
    invoker.prepare(plan(Chain_Family.parse("--n", "0"))); // no sandbox
  }

  @Test
  void aTaskWithoutASandboxRunsInThisJvmAndOneWithASandboxDoesNot() throws Exception {
    TaskInvoker invoker = of(config(Map.of("ttbar.Calib", VENV)), false);
    List<String> log = new ArrayList<>();

    invoker.run(plan(Chain_Family.parse("--n", "0")).root(), context(log));

    assertThat(Files.readString(store.resolve("chain/0.txt"))).isEqualTo("0");
    assertThrows(BadInputException.class, () -> invoker.run(plan(Calib_Family.parse()).root(), context(log)));
    assertThat(Files.exists(store.resolve("calib"))).isFalse();
  }

  private TaskInvoker of(DocketConfig config, boolean inPlace) {
    return SandboxInvoker.of(config, new Fixtures_TaskIndex(), TaskRegistry.global().families(), inPlace, store);
  }

  private DocketConfig config(Map<String, Map<String, String>> sections) {
    return new DocketConfig(Optional.empty(), store, OptionalInt.empty(), sections);
  }

  private static TaskGraph plan(Object task) {
    return new GraphBuilder(TaskRegistry.global()).plan(task);
  }

  private static TaskContext context(List<String> log) {
    return new TaskContext() {
      @Override
      public TaskId id() {
        return new TaskId("Chain", "n=0");
      }

      @Override
      public void log(String message) {
        log.add(message);
      }
    };
  }
}
