package dev.docket.runtime.internal.cli;

import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.internal.workflow.WorkflowFamilies;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;

/**
 * The picocli model of the command line, built programmatically from the task families: a
 * {@code run} command with one subcommand per family, whose options are its parameters
 * ({@code --min-jets}) and the run options. Every option is typed {@code String}: values are
 * converted by the task's own converters ({@code TaskBuilder.setText}), so that messages and
 * precedence are the same as for {@code docket.cfg} and generated builders.
 */
final class CommandSpecs {
  static final String RUN = "run";
  static final String LIST = "list";
  static final String CONFIG = "config";
  static final String COMPLETION = "completion";
  static final String HISTORY = "history";
  static final String SCHEDULER = SchedulerCommand.VERB;
  static final String HELP = "help";

  private CommandSpecs() {}

  static CommandLine build(TaskRegistry registry) {
    CommandSpec top = CommandSpec.create().name(Launcher.invocation());
    top.usageMessage()
        .description("Runs the tasks of this analysis, make-style: only what is missing.");
    top.addOption(help());
    top.usageMessage().footer("%nShell completion: source <(" + escape(Launcher.invocation())
        + " completion bash " + escape(Launcher.commandName()) + ")  (zsh: completion zsh)");

    CommandSpec run = command(RUN, "Runs a task and whatever it needs that is missing.");
    run.usageMessage().synopsisSubcommandLabel("<Task> [OPTIONS]").commandListHeading("%nTasks:%n");
    for (TaskFamily<?> family : registry.families()) {
      run.addSubcommand(family.name(), family(family));
    }
    top.addSubcommand(RUN, run);

    top.addSubcommand(LIST, command(LIST, "Lists every task with its parameters."));
    top.addSubcommand(CONFIG, config());
    top.addSubcommand(COMPLETION, completion());

    CommandSpec history =
        command(HISTORY, "Lists the recent runs; with a run number, that run's failures.");
    history.addPositional(word("RUN", "0..1", "A run number from the list.").build());
    top.addSubcommand(HISTORY, history);
    // Listed for help; its options are the server's, handed over before parsing (DocketApp).
    top.addSubcommand(SCHEDULER, command(SCHEDULER, "Starts the central scheduler and its web page"
        + " (docs/scheduler.md): --port, --host, --state, --token-file, --worker-timeout, --tls-*."
        + " Needs docket-backend-scheduler on the class path."));
    top.addSubcommand(HELP, helpCommand());

    CommandLine commandLine = new CommandLine(top);
    commandLine.setInterpolateVariables(false);
    commandLine.setExpandAtFiles(false); // "@x" is a parameter value, not a file of arguments
    commandLine.setOverwrittenOptionsAllowed(true); // the last value wins
    return commandLine;
  }

  static CommandSpec family(TaskFamily<?> family) {
    CommandSpec spec = CommandSpec.create().name(family.name());
    // Parameters first, in declaration order, then the run options.
    spec.usageMessage().description(escape(family.description())).sortOptions(false);
    for (ParamSpec<?> param : family.params()) {
      String option = param.option();
      if (ParamSpec.RESERVED_OPTIONS.contains(option)) {
        throw new IllegalStateException(
            "parameter " + family.name() + "." + param.name() + " clashes with the run option "
                + option + "; rename the parameter");
      }
      String description =
          (param.description().isBlank() ? "" : escape(param.description()) + " ")
              + (param.isRequired() ? "Required." : "Default: " + escape(param.defaultText()) + ".");
      spec.addOption(
          OptionSpec.builder(option)
              .type(String.class)
              .paramLabel("<" + TypeNames.of(param) + ">")
              .arity(TypeNames.isBoolean(param) ? "0..1" : "1")
              .fallbackValue("true")
              .description(description)
              .build());
    }
    boolean workflow = WorkflowFamilies.isWorkflow(family);
    List<String> hidden = new ArrayList<>();
    for (RunOption runOption : RunOption.values()) {
      // A plain task accepts the workflow options (they apply to the workflows it requires),
      // but its help does not offer them.
      boolean hide = runOption.isWorkflowOption() && !workflow;
      if (hide) {
        hidden.add(runOption.option());
      }
      OptionSpec.Builder option =
          OptionSpec.builder(runOption.option()).description(escape(runOption.help())).hidden(hide);
      if (runOption.isFlag()) {
        option.arity("0").type(boolean.class);
      } else {
        option.arity("1").type(String.class).paramLabel(runOption.label().orElseThrow());
      }
      spec.addOption(option.build());
    }
    spec.addOption(help());
    if (!hidden.isEmpty()) {
      spec.usageMessage().footer("%nThe workflow options (" + String.join(", ", hidden)
          + ") apply to the workflows this task requires; see the help of a workflow.");
    }
    return spec;
  }

  private static CommandSpec helpCommand() {
    CommandSpec help =
        command(HELP, "Shows the help of a command or a task: help, help run, help <Task>.");
    help.addPositional(word("TOPIC", "0..1", "run, list, config, completion, history or a task")
        .index("0").build());
    help.addPositional(word("TASK", "0..1", "a task, after run").index("1").build());
    return help;
  }

  private static CommandSpec config() {
    return command(CONFIG, "Shows the effective configuration: every value and where it came from.");
  }

  private static CommandSpec completion() {
    CommandSpec completion =
        command(COMPLETION, "Prints a completion script for bash or zsh (see below).");
    completion.addPositional(word("SHELL", "1", "bash or zsh").index("0").build());
    completion.addPositional(word("NAME", "0..1", "The command the script completes (default: "
        + escape(Launcher.commandName()) + ").").index("1").build());
    return completion;
  }

  /** A command with its one-line description and {@code -h, --help}. */
  private static CommandSpec command(String name, String description) {
    CommandSpec command = CommandSpec.create().name(name);
    command.usageMessage().description(description);
    command.addOption(help());
    return command;
  }

  /**
   * A positional word, taken as text: Docket reads and checks it itself ({@link ArgumentParser}),
   * for messages of its own.
   */
  private static PositionalParamSpec.Builder word(String label, String arity, String description) {
    return PositionalParamSpec.builder()
        .paramLabel(label).arity(arity).type(String.class).description(description);
  }

  private static OptionSpec help() {
    return OptionSpec.builder("-h", RunOption.HELP)
        .usageHelp(true)
        .description("Show this help and exit.")
        .build();
  }

  /** picocli formats descriptions: a literal % must be doubled. */
  private static String escape(String text) {
    return text.replace("%", "%%");
  }
}
