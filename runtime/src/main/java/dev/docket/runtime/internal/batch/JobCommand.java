package dev.docket.runtime.internal.batch;

import dev.docket.runtime.internal.config.Environment;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.internal.workflow.WorkflowTask;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The command a job runs: {@code java} (with {@code -Ddocket.job=true}, which tells the run it
 * is a job) and class path, the generated main, and
 * {@code run <Family>} with every parameter of the workflow (its serialised form, which
 * {@code TaskArgs.parse} reads back to the same task) and {@code --workflow local}; the job file
 * adds {@code --branches} for its own branches.
 *
 * @param config the configuration file the job reads ({@code $DOCKET_CONFIG}, set through
 *     {@code env} for the one command, so that neither the batch system's environment nor a
 *     {@code docket.cfg} where the job starts can change it); empty: the job looks as the
 *     client did
 * @param runOptions options of {@code run} the client passes on to its jobs, after {@code
 *     --workflow local} (e.g. {@code --no-sandbox})
 */
public record JobCommand(String java, String classPath, String mainClass, Optional<String> config,
    List<String> runOptions) {
  private static final String INDEX_SUFFIX = "_TaskIndex";

  public JobCommand {
    runOptions = List.copyOf(runOptions);
  }

  /** A command without options of its own. */
  public JobCommand(String java, String classPath, String mainClass, Optional<String> config) {
    this(java, classPath, mainClass, config, List.of());
  }

  /** A command that leaves the configuration to the job's environment. */
  public JobCommand(String java, String classPath, String mainClass) {
    this(java, classPath, mainClass, Optional.empty());
  }

  /** The command of this process, whose main passed {@code index}. */
  public static JobCommand current(TaskIndex index) {
    String name = index.getClass().getName();
    String main;
    if (name.endsWith(INDEX_SUFFIX)) {
      main = name.substring(0, name.length() - INDEX_SUFFIX.length());
    } else {
      // A hand-written index (tests): the class this JVM was started with.
      String command = System.getProperty("sun.java.command", "");
      main = command.isBlank() ? name : command.split(" ")[0];
    }
    return new JobCommand(clientJava(), System.getProperty("java.class.path"), main);
  }

  /** This JVM's {@code java}. */
  static String clientJava() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The same command with another {@code java}, class path and configuration. */
  JobCommand with(String java, String classPath, Optional<String> config) {
    return new JobCommand(java, classPath, mainClass, config, runOptions);
  }

  /** The same command, passing {@code options} of {@code run} on to the jobs. */
  public JobCommand withRunOptions(List<String> options) {
    return new JobCommand(java, classPath, mainClass, config, options);
  }

  <T> List<String> words(WorkflowTask<T> workflow) {
    List<String> words = new ArrayList<>();
    config.ifPresent(file -> words.addAll(List.of("env", Environment.CONFIG_VARIABLE + "=" + file)));
    words.addAll(List.of(java, "-D" + WorkflowOptions.JOB_PROPERTY + "=true"));
    // A run under a central scheduler: its jobs report their branches to it too.
    String scheduler = System.getProperty(dev.docket.runtime.internal.setup.SchedulerLink.PROPERTY);
    if (scheduler != null) {
      words.add("-D" + dev.docket.runtime.internal.setup.SchedulerLink.PROPERTY + "=" + scheduler);
    }
    words.addAll(List.of("-cp", classPath, mainClass, "run", workflow.family().name()));
    words.addAll(TaskArgs.format(workflow.family(), workflow.task()));
    words.add("--workflow");
    words.add(WorkflowOptions.LOCAL);
    words.addAll(runOptions);
    return words;
  }
}
