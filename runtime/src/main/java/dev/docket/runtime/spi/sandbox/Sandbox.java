package dev.docket.runtime.spi.sandbox;

import dev.docket.runtime.spi.param.SandboxSpec;
import java.io.IOException;

/**
 * One sandbox of a run, e.g. {@code docker::local/analysis:1}: it checks what it needs and wraps
 * the command of each task that runs in it. The run uses one instance for every task with the
 * same value, from several worker threads at once: it must be safe for that.
 */
public interface Sandbox {
  /** The value it was opened for; messages name the sandbox with its {@code toString()}. */
  SandboxSpec spec();

  /**
   * Checks, before any task runs in it, that the sandbox can start: the image is there, the
   * setup script exists and succeeds, the venv exists. What is missing or fails is refused with a
   * {@link dev.docket.runtime.BadInputException} whose message names the sandbox ({@code
   * spec()}), the culprit and the fix; the run then exits with status 2 before the task starts
   * (a batch job fails with that message). A tool that is not installed is bad input too. Also
   * the place to do once what every task would repeat (e.g. capture a setup's environment).
   */
  void check() throws IOException;

  /**
   * The command that runs {@code launch} inside the sandbox: an argument list and the whole
   * environment of the process to start. The launched command's exit status must come back as
   * the process's exit status (a container tool's own failure may use its own codes), and its
   * output on its standard output and error.
   */
  SandboxCommand command(SandboxLaunch launch) throws IOException;
}
