package org.example.page;

import dev.docket.annotations.Output;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;

/**
 * Reports its status and progress from inside a bash sandbox, where its run() is a JVM of its
 * own ({@link org.example.ttbar.SchedulerIT}): they reach the scheduler through the run outside.
 */
@Task(sandbox = "bash::setup.sh")
class SandboxedReport {
  @Output
  LocalFileTarget done() {
    return LocalFileTarget.of("report", "done.txt");
  }

  void run(TaskContext context) throws Exception {
    long pid = ProcessHandle.current().pid();
    context.setStatusMessage("reporting from the sandbox, pid " + pid);
    context.setProgress(3, 4);
    done().writeString("pid=" + pid + "\n");
  }
}
