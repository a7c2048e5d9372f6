package dev.docket.runtime.cli;

import dev.docket.runtime.options.RunOption;
import dev.docket.runtime.BadInputException;
import dev.docket.runtime.task.ParamSpec;
import dev.docket.runtime.task.TaskArgs;
import dev.docket.runtime.task.TaskFamily;
import dev.docket.runtime.task.TaskRegistry;
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
    CommandLine commandLine = CommandSpecs.build(registry);
    ParseResult top;
    try {
      top = commandLine.parseArgs(args);
    } catch (ParameterException e) {
      throw translate(e);
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
          words.size() > 1 ? words.get(1) : CompletionCommand.DEFAULT_NAME);
    }
    if (command.commandSpec().name().equals(CommandSpecs.HISTORY)) {
      Long run = command.matchedPositionalValue(0, null);
      return new Invocation.History(
          run == null ? java.util.OptionalLong.empty() : java.util.OptionalLong.of(run));
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
    for (OptionSpec option : task.matchedOptions()) {
      ParamSpec<?> spec = byOption.get(option.longestName());
      if (spec != null) {
        params.put(spec.option(), new Invocation.Param(spec, option.getValue()));
      }
    }
    MatchedOptions matched =
        new MatchedOptions() {
          @Override
          public String value(String option) {
            return task.matchedOptionValue(option, null);
          }

          @Override
          public boolean has(String option) {
            return task.hasMatchedOption(option);
          }
        };
    return new Invocation.Run(family, List.copyOf(params.values()), RunOptions.of(matched));
  }

  private BadInputException translate(ParameterException e) {
    CommandLine where = e.getCommandLine();
    String level = where.getCommandSpec().name();
    TaskFamily<?> family =
        where.getCommandSpec().parent() != null
                && where.getCommandSpec().parent().name().equals(CommandSpecs.RUN)
            ? registry.find(level).orElse(null)
            : null;
    if (e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()) {
      String arg = unmatched.getUnmatched().get(0);
      if (family != null) {
        if (arg.startsWith("--") && arg.length() > 2) {
          int equals = arg.indexOf('=');
          TaskArgs.find(family, equals < 0 ? arg : arg.substring(0, equals)); // throws
        }
        return Messages.unexpectedArgument(family.name(), arg);
      }
      if (level.equals(CommandSpecs.RUN) && !arg.startsWith("-")) {
        return registry.unknownTask(arg);
      }
      if (level.equals(CommandSpecs.NAME) && !arg.startsWith("-")) {
        return Messages.unknownCommand(arg);
      }
      return Messages.unexpectedArgument(level, arg);
    }
    if (e instanceof CommandLine.MissingParameterException missing
        && !missing.getMissing().isEmpty()
        && missing.getMissing().get(0) instanceof OptionSpec option) {
      String name = option.longestName();
      RunOption runOption = RunOption.named(name).orElse(null);
      String expectation =
          runOption != null || family == null
              ? (runOption != null ? runOption.expectation() : "a value")
              : TaskArgs.find(family, name).converter().expectation();
      return Messages.needsValue(name, family != null ? family.name() : level, expectation);
    }
    String message = e.getMessage() == null ? e.toString() : e.getMessage().lines().findFirst().orElse("");
    return new BadInputException(level + ": " + message);
  }
}
