package dev.docket.runtime.internal.sandbox;

import dev.docket.runtime.spi.param.SandboxSpec;

/** A task re-launched in its sandbox ended with an exit status other than 0. */
final class SandboxedTaskException extends Exception {
  private static final long serialVersionUID = 1L;

  SandboxedTaskException(SandboxSpec spec, SandboxProcess.Ending ending) {
    super("failed in the sandbox " + spec + " with exit status " + ending.status()
        + (ending.lastLine().isEmpty() ? "" : ": " + ending.lastLine())
        + " (its output is in the task's log above)", null, false, false);
  }
}
