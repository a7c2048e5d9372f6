package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command a job runs: this JVM's {@code java} (with {@code -Ddocket.job=true}, which tells the
 * run it is a job) and class path, the generated main, and
 * {@code run <Family>} with every parameter of the workflow (its serialised form, which
 * {@code TaskArgs.parse} reads back to the same task) and {@code --workflow local}; the job file
 * adds {@code --branches} for its own branches.
 */
public record JobCommand(String java, String classPath, String mainClass) {
  private static final String INDEX_SUFFIX = "_TaskIndex";

  /** The command of this process, whose main passed {@code index}. */
  public static JobCommand current(TaskIndex index) {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String name = index.getClass().getName();
    String main;
    if (name.endsWith(INDEX_SUFFIX)) {
      main = name.substring(0, name.length() - INDEX_SUFFIX.length());
    } else {
      // A hand-written index (tests): the class this JVM was started with.
      String command = System.getProperty("sun.java.command", "");
      main = command.isBlank() ? name : command.split(" ")[0];
    }
    return new JobCommand(java, System.getProperty("java.class.path"), main);
  }

  <T> List<String> words(WorkflowTask<T> workflow) {
    List<String> words = new ArrayList<>(List.of(java, "-D" + WorkflowOptions.JOB_PROPERTY + "=true",
        "-cp", classPath, mainClass, "run", workflow.family().name()));
    words.addAll(TaskArgs.format(workflow.family(), workflow.task()));
    words.add("--workflow");
    words.add(WorkflowOptions.LOCAL);
    return words;
  }
}
