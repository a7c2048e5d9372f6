package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.param.Quoting;
import java.util.Collection;

/**
 * Every bad-input message of the command line, in one place so tests and docs can refer to them.
 * The command line prints each as {@code docket: error: <message>} on one line and exits with 2.
 * (Messages about parameters come from {@link TaskArgs} and the task builder, shared with
 * generated code.)
 */
final class Messages {
  private Messages() {}

  static BadInputException unknownCommand(String given) {
    return new BadInputException(
        "unknown command '" + given + "'"
            + TaskArgs.Suggestions.didYouMean(given, CompletionScript.COMMANDS)
            + " (commands: run <Task>, list, config, completion <shell>, history [RUN], scheduler,"
            + " help; see --help)");
  }

  static BadInputException completionNeedsShell() {
    return new BadInputException("completion needs a shell: completion bash [NAME] or completion"
        + " zsh [NAME], NAME being the command to complete (default: " + Launcher.commandName()
        + ")");
  }

  static BadInputException noCommand() {
    return new BadInputException("no command given: use run <Task> or list (see --help)");
  }

  static BadInputException noTask(Collection<String> known) {
    return new BadInputException(
        "run needs a task, e.g. run " + (known.isEmpty() ? "<Task>" : known.iterator().next())
            + " (known tasks: " + String.join(", ", known) + ")");
  }

  static BadInputException unexpectedArgument(String where, String arg) {
    return unexpectedArgument(where, arg, "parameters are given as --name value");
  }

  static BadInputException unexpectedArgument(String where, String arg, String advice) {
    return new BadInputException(
        "unexpected argument " + Quoting.quote(arg) + " for " + where + ": " + advice);
  }

  /** An option no command has; {@code command} is null at the top level. */
  static BadInputException unknownOption(String command, String option) {
    return new BadInputException(
        "unknown option " + Quoting.quote(option)
            + (command == null ? "" : " for " + command)
            + " (see " + (command == null ? "" : command + " ") + "--help)");
  }

  /** A run option given before the task ({@code run --workers 2 Plot}): only a task has it. */
  static BadInputException runOptionBeforeTask(String option) {
    return new BadInputException(
        "option " + option + " comes after the task: run <Task> " + option + " (see run --help)");
  }

  /** {@code run --dataset x Plot}: a task's parameter given before the task. */
  static BadInputException parameterBeforeTask(String option, String task) {
    return new BadInputException("parameter " + option + " of " + task
        + " comes after the task: run " + task + " " + option + " <value>");
  }

  /** {@code run -- Plot}, {@code -- list}: after {@code --} a word is no longer a task or command. */
  static BadInputException afterEndOfOptions(String word, String what, String instead) {
    return new BadInputException(
        "'--' ends the options, so " + Quoting.quote(word) + " after it is no " + what
            + ": leave out '--', e.g. " + instead);
  }

  static BadInputException flagWithValue(String option, String where) {
    return new BadInputException(
        "option " + option + " of " + where + " takes no value: give " + option + " alone");
  }

  static BadInputException badRunNumber(String text) {
    return new BadInputException("bad run number " + Quoting.quote(text) + " for history:"
        + " expected a whole number from the first column of history's list, e.g. history 3");
  }

  static BadInputException needsValue(String option, String where, String expectation) {
    return new BadInputException(
        "option " + option + " of " + where + " needs a value: " + expectation);
  }

  static BadInputException badNumber(RunOption option, String text) {
    return new BadInputException(
        "bad value '" + text + "' for " + option.option() + ": expected " + option.expectation());
  }

  static BadInputException removeNeedsYes(int count) {
    return new BadInputException(
        "refusing to remove " + count + " output" + (count == 1 ? "" : "s")
            + " without confirmation in a non-interactive session: add --yes");
  }
}
