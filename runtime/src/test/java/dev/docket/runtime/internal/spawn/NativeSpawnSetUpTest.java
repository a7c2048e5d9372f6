package dev.docket.runtime.internal.spawn;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A set-up call of glibc's that fails: the message names it, what was set up is released, and no
 * program is started.
 *
 * <p>glibc's set-up calls fail only without memory (or for a bad descriptor or flag, and
 * NativeSpawn's are constants), a fault that cannot be brought about on a working machine. Each
 * call here is glibc's own, and {@link OneFails} takes one of them to have answered ENOMEM. The
 * program does not exist, so that code that went on regardless would fail at posix_spawnp with
 * another message, and start nothing either.
 */
class NativeSpawnSetUpTest {
  private static final int ENOMEM = 12;

  @TempDir Path dir;

  @BeforeEach
  void onLinux() {
    assumeTrue(NativeSpawn.available(), "posix_spawnp through JNA: Linux, x86-64 or AArch64");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "posix_spawnattr_setflags", "posix_spawnattr_setpgroup", "posix_spawnattr_setsigmask",
      "posix_spawnattr_setsigdefault", "posix_spawn_file_actions_addopen",
      "posix_spawn_file_actions_addopen 2", "posix_spawn_file_actions_adddup2",
      "posix_spawn_file_actions_addchdir_np", "posix_spawn_file_actions_addclosefrom_np"})
  void aSetUpCallThatFailsIsNamedAndBothObjectsAreReleased(String call) {
    OneFails answers = new OneFails(call);
    assertEquals(call.split(" ")[0] + ": Cannot allocate memory", failure(answers));
    List<String> seen = answers.seen;
    assertEquals(
        List.of("posix_spawnattr_destroy", "posix_spawn_file_actions_destroy"),
        seen.subList(seen.size() - 2, seen.size()), "after " + call + ": " + seen);
  }

  @ParameterizedTest
  @ValueSource(strings = {"posix_spawn_file_actions_init", "posix_spawnattr_init"})
  void anObjectThatCouldNotBeSetUpIsNotReleased(String call) {
    OneFails answers = new OneFails(call);
    assertEquals(call + ": Cannot allocate memory", failure(answers));
    // Destroying what its init did not set up would free whatever its memory held.
    assertEquals(
        call.equals("posix_spawnattr_init")
            ? List.of("posix_spawn_file_actions_init", "posix_spawnattr_init",
                "posix_spawn_file_actions_destroy")
            : List.of("posix_spawn_file_actions_init"),
        answers.seen);
  }

  /** The message of starting a program in a directory with a log, seen through {@code answers}. */
  private String failure(OneFails answers) {
    String message = assertThrows(IOException.class, () -> NativeSpawn.start(answers,
            List.of(dir.resolve("absent").toString()), dir, dir.resolve("log"), Map.of()))
        .getMessage();
    assertEquals(false, answers.seen.contains("posix_spawnp"), "went on to start the program");
    return message;
  }

  /**
   * glibc's answers, but {@code failing} (with " 2" after it: its second call) answers ENOMEM;
   * notes the calls it sees. The failing call itself was made, so that what the code does after
   * it (right or, in a mutant, wrong) never meets memory that was not set up.
   */
  private static final class OneFails implements NativeSpawn.Answers {
    private final String failing;
    private final Map<String, Integer> counts = new HashMap<>();
    final List<String> seen = new ArrayList<>();

    OneFails(String failing) {
      this.failing = failing;
    }

    @Override
    public int of(String call, int answer) {
      seen.add(call);
      int nth = counts.merge(call, 1, Integer::sum);
      return failing.equals(nth == 1 ? call : call + " " + nth) ? ENOMEM : answer;
    }
  }
}
