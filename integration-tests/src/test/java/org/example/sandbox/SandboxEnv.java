package org.example.sandbox;

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;

/**
 * Writes what it sees of its environment: the variable a bash sandbox's setup exports, and
 * which process ran it. It declares its sandbox; the tests' docket.cfg may override it.
 */
@Task(sandbox = "bash::setup.sh")
class SandboxEnv {
  @Param(defaultValue = "a") String name;

  @Output
  LocalFileTarget seen() {
    return LocalFileTarget.of("sandbox", name + ".txt");
  }

  void run() throws Exception {
    System.out.println("SandboxEnv sees SANDBOX_MARK=" + System.getenv("SANDBOX_MARK"));
    seen().writeString("mark=" + System.getenv("SANDBOX_MARK") + "\npid="
        + ProcessHandle.current().pid() + "\n");
  }
}
