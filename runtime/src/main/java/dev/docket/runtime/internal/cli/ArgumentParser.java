package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.spi.param.WholeNumbers;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;
import picocli.CommandLine;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * Turns arguments into an {@link Invocation} with picocli, and picocli's errors into Docket's
 * one-line messages ({@link BadInputException}), with "did you mean" hints.
 */
final class ArgumentParser {
  private final TaskRegistry registry;

  @Inject
  ArgumentParser(TaskRegistry registry) {
    this.registry = registry;
  }

  Invocation parse(String[] args) {
    if (args.length >= 2 && args[0].equals(CommandSpecs.RUN) && !args[1].startsWith("-")
        && registry.find(args[1]).isEmpty()) {
      throw registry.unknownTask(args[1]); // also before --help: a typo is no request for help
    }
    CommandLine commandLine = CommandSpecs.build(registry);
    ParseResult top;
    try {
      top = commandLine.parseArgs(args);
    } catch (ParameterException e) {
      throw translate(e, args);
    }
    if (top.isUsageHelpRequested()) {
      return new Invocation.Help(commandLine.getUsageMessage());
    }
    if (!top.hasSubcommand()) {
      throw Messages.noCommand();
    }
    ParseResult command = top.subcommand();
    if (command.isUsageHelpRequested()) {
      return new Invocation.Help(command.commandSpec().commandLine().getUsageMessage());
    }
    if (command.commandSpec().name().equals(CommandSpecs.LIST)) {
      return new Invocation.ListFamilies();
    }
    if (command.commandSpec().name().equals(CommandSpecs.CONFIG)) {
      return new Invocation.ShowConfig();
    }
    if (command.commandSpec().name().equals(CommandSpecs.COMPLETION)) {
      List<String> words = positionals(command);
      if (words.isEmpty()) {
        throw Messages.completionNeedsShell();
      }
      return new Invocation.Completion(words.get(0),
          words.size() > 1 ? words.get(1) : Launcher.commandName());
    }
    if (command.commandSpec().name().equals(CommandSpecs.HISTORY)) {
      String run = command.matchedPositionalValue(0, null);
      return new Invocation.History(
          run == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(runNumber(run)));
    }
    if (command.commandSpec().name().equals(CommandSpecs.HELP)) {
      return help(commandLine, positionals(command));
    }
    if (!command.hasSubcommand()) {
      throw Messages.noTask(registry.names().stream().sorted().toList());
    }
    ParseResult task = command.subcommand();
    if (task.isUsageHelpRequested()) {
      return new Invocation.Help(task.commandSpec().commandLine().getUsageMessage());
    }
    return run(task);
  }

  /** {@code help}, {@code help run}, {@code help <Task>}, {@code help run <Task>}. */
  private Invocation help(CommandLine top, List<String> topic) {
    List<String> words = new ArrayList<>(topic);
    if (words.size() == 2 && !words.get(0).equals(CommandSpecs.RUN)) {
      throw Messages.unexpectedArgument(CommandSpecs.HELP, words.get(1),
          "it takes a command or a task, e.g. help run or help " + example());
    }
    if (words.isEmpty()) {
      return new Invocation.Help(top.getUsageMessage());
    }
    String word = words.get(words.size() - 1);
    CommandLine run = top.getSubcommands().get(CommandSpecs.RUN);
    if (words.size() == 1 && top.getSubcommands().containsKey(word)) {
      return new Invocation.Help(top.getSubcommands().get(word).getUsageMessage());
    }
    if (registry.find(word).isPresent()) {
      return new Invocation.Help(run.getSubcommands().get(registry.find(word).get().name())
          .getUsageMessage());
    }
    if (words.size() == 1 && Character.isLowerCase(word.isEmpty() ? 'x' : word.charAt(0))) {
      throw Messages.unknownCommand(word);
    }
    throw registry.unknownTask(word);
  }

  private String example() {
    return registry.names().stream().sorted().findFirst().orElse("<Task>");
  }

  /** A run number of {@code history}: a whole number in ASCII digits. */
  private static long runNumber(String text) {
    try {
      long run = WholeNumbers.parseLong(text);
      if (run >= 1) {
        return run;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw Messages.badRunNumber(text);
  }

  private static List<String> positionals(ParseResult command) {
    List<String> words = new ArrayList<>();
    command.matchedPositionals().forEach(p -> words.add(p.getValue()));
    return words;
  }

  private Invocation run(ParseResult task) {
    TaskFamily<?> family = registry.find(task.commandSpec().name()).orElseThrow();
    Map<String, ParamSpec<?>> byOption = new LinkedHashMap<>();
    for (ParamSpec<?> spec : family.params()) {
      byOption.put(spec.option(), spec);
    }
    Map<String, Invocation.Param> params = new LinkedHashMap<>();
    Map<String, String> runOptions = new LinkedHashMap<>();
    for (OptionSpec option : task.matchedOptions()) {
      ParamSpec<?> spec = byOption.get(option.longestName());
      if (spec != null) {
        params.put(spec.option(), new Invocation.Param(spec, option.getValue()));
      } else {
        runOptions.put(option.longestName(),
            option.arity().max() == 0 ? "" : String.valueOf((Object) option.getValue()));
      }
    }
    return new Invocation.Run(
        family, List.copyOf(params.values()), RunOptions.of(new MatchedOptions(runOptions)));
  }

  private BadInputException translate(ParameterException e, String[] args) {
    CommandLine where = e.getCommandLine();
    String level = where.getCommandSpec().name();
    TaskFamily<?> family =
        where.getCommandSpec().parent() != null
                && where.getCommandSpec().parent().name().equals(CommandSpecs.RUN)
            ? registry.find(level).orElse(null)
            : null;
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      String option = arg.split("=", 2)[0];
      if (family != null) {
        if (arg.startsWith("--") && arg.length() > 2) {
          TaskArgs.find(family, option); // throws
        }
        return Messages.unexpectedArgument(level, arg);
      }
      boolean top = where.getCommandSpec().parent() == null;
      // A known task or command that picocli did not take as one came after "--".
      if (level.equals(CommandSpecs.RUN) && !arg.startsWith("-")) {
        return registry.find(arg).isPresent()
            ? Messages.afterEndOfOptions(arg, "task", "run " + arg)
            : registry.unknownTask(arg);
      }
      if (top && !arg.startsWith("-")) {
        return CompletionScript.COMMANDS.contains(arg)
            ? Messages.afterEndOfOptions(arg, "command", arg)
            : Messages.unknownCommand(arg);
      }
      if (level.equals(CommandSpecs.RUN) && arg.startsWith("-")) {
        List<String> words = List.of(args);
        int at = words.indexOf(arg);
        int end = words.indexOf("--");
        if (end >= 0 && end < at) {
          return Messages.afterEndOfOptions(arg, "option", "run <Task> " + option);
        }
        if (RunOption.named(option).isPresent()) {
          return Messages.runOptionBeforeTask(option);
        }
        String owner = taskAfter(words.subList(at + 1, words.size()), option);
        if (owner != null) {
          return Messages.parameterBeforeTask(option, owner);
        }
      }
      if (arg.startsWith("-")) {
        return Messages.unknownOption(top ? null : level, option);
      }
      return Messages.unexpectedArgument(level, arg, takes(level));
    }
    OptionSpec flag = flagGivenAValue(e, args);
    if (flag != null) {
      return Messages.flagWithValue(flag.longestName(), level); // a task's level is its name
    }
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      String name = option.longestName();
      RunOption runOption = RunOption.named(name).orElse(null);
      String expectation =
          runOption != null ? runOption.expectation()
              : family != null ? TaskArgs.find(family, name).converter().expectation()
              : "a value";
      return Messages.needsValue(name, level, expectation);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    return new BadInputException(level + ": " + message);
  }

  /** The first task among {@code words} that has the parameter {@code option}, or null. */
  private String taskAfter(List<String> words, String option) {
    for (String word : words) {
      TaskFamily<?> family = registry.find(word).orElse(null);
      if (family != null
          && family.params().stream().anyMatch(spec -> spec.option().equals(option))) {
        return family.name();
      }
    }
    return null;
  }

  /**
   * The option that takes no value but was given one ({@code --dry-run=2}, {@code --help=x}),
   * if that is what {@code e} is about; picocli's words would be "should be specified without
   * '2' parameter". picocli names the option for {@code --help=x} (a value it cannot convert),
   * not for a value given to an option of arity 0, so that one is found among the arguments.
   */
  private static OptionSpec flagGivenAValue(ParameterException e, String[] args) {
    if (e.getArgSpec() instanceof OptionSpec option && option.arity().max() == 0) {
      return option;
    }
    if (!(e instanceof CommandLine.MaxValuesExceededException)) {
      return null;
    }
    for (String arg : args) {
      if (arg.equals("--")) {
        break;
      }
      String[] nameAndValue = arg.split("=", 2);
      OptionSpec option =
          arg.startsWith("-") && nameAndValue.length == 2
              ? e.getCommandLine().getCommandSpec().findOption(nameAndValue[0])
              : null;
      if (option != null && option.arity().max() == 0) {
        return option;
      }
    }
    return null;
  }

  /** What the command {@code level} takes, for "unexpected argument". */
  private static String takes(String level) {
    return switch (level) {
      case CommandSpecs.HISTORY -> "it takes at most one run number, e.g. history 3";
      case CommandSpecs.COMPLETION -> "it takes a shell and a command name, e.g. completion bash "
          + Launcher.commandName();
      case CommandSpecs.HELP -> "it takes a command or a task";
      default -> "it takes no arguments";
    };
  }
}
