package dev.docket.runtime.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.options.RunOption;
import dev.docket.runtime.task.TaskArgs;
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
    String near = TaskArgs.Suggestions.closest(given, CompletionScript.COMMANDS);
    return new BadInputException(
        "unknown command '" + given + "'"
            + (near != null ? "; did you mean " + near + "?" : "")
            + " (commands: run <Task>, list, config, completion <shell>; see --help)");
  }

  static BadInputException completionNeedsShell() {
    return new BadInputException("completion needs a shell: completion bash [NAME] or completion"
        + " zsh [NAME], NAME being the command to complete (default: docket)");
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
    return new BadInputException(
        "unexpected argument '" + arg + "' for " + where + ": parameters are given as --name value");
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
