package dev.docket.runtime.internal.sandbox;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.TaskContext;
import dev.docket.runtime.TaskId;
import dev.docket.runtime.TestStores;
import dev.docket.runtime.fixtures.Calib_Family;
import dev.docket.runtime.fixtures.Fixtures_TaskIndex;
import dev.docket.runtime.internal.exec.TaskInvoker;
import dev.docket.runtime.internal.graph.GraphBuilder;
import dev.docket.runtime.internal.graph.TaskGraph;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.config.DocketConfig;
import dev.docket.runtime.spi.param.SandboxSpec;
import dev.docket.runtime.spi.sandbox.Sandbox;
import dev.docket.runtime.spi.sandbox.SandboxCommand;
import dev.docket.runtime.spi.sandbox.SandboxContext;
import dev.docket.runtime.spi.sandbox.SandboxLaunch;
import dev.docket.runtime.spi.sandbox.SandboxProvider;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A task run in an opened sandbox, with a provider of the test's own (the runtime's class path
 * has none): opened and checked once, its command's output in the task's log, an exit status
 * other than 0 the task's failure, a sandbox that cannot start bad input.
 */
class SandboxInvokerRunTest {
  @TempDir Path store;

  private final List<String> events = new CopyOnWriteArrayList<>();
  private final List<String> log = new CopyOnWriteArrayList<>();
  private String script = "echo inside";
  private IOException checkFailure;

  /** The bash kind, whose sandbox runs {@link #script} with /bin/sh. */
  private final class Shell implements SandboxProvider {
    @Override
    public Set<String> kinds() {
      return Set.of("bash");
    }

    @Override
    public Sandbox open(SandboxSpec spec, SandboxContext context) {
      events.add("open " + spec + " cache " + store.relativize(context.cacheDirectory()));
      return new Sandbox() {
        @Override
        public SandboxSpec spec() {
          return spec;
        }

        @Override
        public void check() throws IOException {
          events.add("check");
          if (checkFailure != null) {
            throw checkFailure;
          }
        }

        @Override
        public SandboxCommand command(SandboxLaunch launch) {
          events.add("launch " + launch.command().subList(4, 6));
          return new SandboxCommand(List.of("/bin/sh", "-c", script), Map.of());
        }
      };
    }
  }

  @BeforeEach
  void reset() {
    TestStores.reset(store);
  }

  @Test
  void theSandboxIsOpenedAndCheckedOnceAndItsCommandRunsTheTask() throws Exception {
    TaskInvoker invoker = invoker();
    invoker.prepare(plan());
    invoker.prepare(plan());

    invoker.run(plan().root(), context());

    assertThat(events).containsExactly("open bash::env.sh cache .docket/sandbox/bash", "check",
        "launch [" + InsideCommand.VERB + ", ttbar.Calib]").inOrder();
    assertThat(log).containsExactly("inside");
    assertThat(Files.exists(store.resolve("calib"))).isFalse(); // not run in this JVM
  }

  @Test
  void anExitStatusOtherThanZeroIsTheTasksFailureWithItsLastLine() {
    script = "echo first; echo 'last words'; echo; exit 4";
    TaskInvoker invoker = invoker();

    SandboxedTaskException e =
        assertThrows(SandboxedTaskException.class, () -> invoker.run(plan().root(), context()));

    assertThat(e).hasMessageThat().isEqualTo("failed in the sandbox bash::env.sh with exit status 4:"
        + " last words (its output is in the task's log above)");
    script = "exit 5";
    assertThat(assertThrows(SandboxedTaskException.class, () -> invoker.run(plan().root(), context())))
        .hasMessageThat().isEqualTo("failed in the sandbox bash::env.sh with exit status 5"
            + " (its output is in the task's log above)");
  }

  @Test
  void aSandboxThatCannotStartIsBadInputNamingItAndTheWayOut() {
    checkFailure = new IOException("env.sh: permission denied");
    TaskInvoker invoker = invoker();

    BadInputException e = assertThrows(BadInputException.class, () -> invoker.prepare(plan()));

    assertThat(e).hasMessageThat().isEqualTo("cannot prepare the sandbox bash::env.sh of"
        + " [ttbar.Calib] sandbox in docket.cfg: env.sh: permission denied; fix that, or run in"
        + " place with --no-sandbox");
  }

  private TaskInvoker invoker() {
    DocketConfig config = new DocketConfig(Optional.empty(), store, OptionalInt.empty(),
        Map.of("ttbar.Calib", Map.of("sandbox", "bash::env.sh")));
    return SandboxInvoker.of(config, new Fixtures_TaskIndex(), TaskRegistry.global().families(),
        false, store, () -> new SandboxProviders(List.of(new Shell())));
  }

  private static TaskGraph plan() {
    return new GraphBuilder(TaskRegistry.global()).plan(Calib_Family.parse());
  }

  private TaskContext context() {
    return new TaskContext() {
      @Override
      public TaskId id() {
        return new TaskId("ttbar.Calib", "");
      }

      @Override
      public void log(String message) {
        log.add(message);
      }
    };
  }
}
