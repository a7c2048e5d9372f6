package dev.docket.runtime;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.runtime.internal.spawn.Grandchild;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A stopped command stops what its program started too, through both launches: the sleep a
 * {@code sh -c} left running in the background is gone after the task's timeout or interrupt.
 */
class CommandGroupTest {
  @TempDir Path dir;

  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void anInterruptedTaskStopsTheChildrenOfItsProgram(boolean natively) throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    Command command = Command.of(grandchild.shell(""));
    Throwable[] thrown = new Throwable[1];
    Thread task = new Thread(() -> {
      try {
        command.status(natively);
      } catch (Throwable e) {
        thrown[0] = e;
      }
    });
    task.start();
    long sleep = grandchild.pid();
    task.interrupt();
    task.join(TimeUnit.SECONDS.toMillis(30));
    assertTrue(thrown[0] instanceof InterruptedException, String.valueOf(thrown[0]));
    Grandchild.assertGone(sleep, "the shell's sleep");
  }

  /** As TaskRunner enforces a task's timeout: the task's thread is cancelled (interrupted). */
  @ParameterizedTest
  @ValueSource(booleans = {true, false})
  void aTimedOutTaskStopsTheChildrenOfItsProgram(boolean natively) throws Exception {
    Grandchild grandchild = new Grandchild(dir);
    Command command = Command.of(grandchild.shell(""));
    FutureTask<Integer> body = new FutureTask<>(() -> command.status(natively));
    Thread task = new Thread(body, "docket-task-Timed");
    task.start();
    long sleep = grandchild.pid();
    assertThrows(TimeoutException.class, () -> body.get(10, TimeUnit.MILLISECONDS));
    body.cancel(true);
    assertThrows(CancellationException.class, body::get);
    task.join(TimeUnit.SECONDS.toMillis(30));
    assertTrue(!task.isAlive(), "the task's thread still waits");
    Grandchild.assertGone(sleep, "the shell's sleep");
  }
}
