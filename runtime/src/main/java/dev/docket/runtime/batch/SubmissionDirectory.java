package dev.docket.runtime.batch;

import dev.docket.runtime.workflow.WorkflowTask;
import java.nio.file.Path;

/**
 * Where a workflow's submission lives: its {@link WorkflowTask#stateDirectory()},
 * {@code <store>/.docket/jobs/<Family>/<hash>/}, beside the outputs, one directory per workflow
 * identity and branch selection, so that running the same command again finds it.
 */
final class SubmissionDirectory {
  private SubmissionDirectory() {}

  static Path of(WorkflowTask<?> workflow) {
    return workflow.stateDirectory();
  }
}
