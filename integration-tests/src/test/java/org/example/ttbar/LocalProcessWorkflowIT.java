package org.example.ttbar;

/** {@link BatchWorkflowContract} on {@code --workflow local-process}: jobs are child processes. */
class LocalProcessWorkflowIT extends BatchWorkflowContract {
  @Override
  String backend() {
    return "local-process";
  }
}
