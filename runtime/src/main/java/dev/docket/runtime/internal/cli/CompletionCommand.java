package dev.docket.runtime.internal.cli;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.TaskRegistry;
import java.io.PrintStream;
import javax.inject.Inject;
import javax.inject.Named;

/** {@code completion bash|zsh [NAME]}: prints a completion script for the command NAME. */
final class CompletionCommand {

  private final TaskRegistry registry;
  private final PrintStream out;

  @Inject
  CompletionCommand(TaskRegistry registry, @Named("out") PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  int run(Invocation.Completion completion) {
    if (!CompletionScript.SHELLS.contains(completion.shell())) {
      throw new BadInputException("completion for shell '" + completion.shell()
          + "' is not available; use one of " + String.join(", ", CompletionScript.SHELLS));
    }
    if (!Launcher.isCommandName(completion.command())) {
      throw new BadInputException("'" + completion.command() + "' cannot be a command name for"
          + " completion: use letters, digits and . _ + -, e.g. the alias you run the analysis"
          + " with");
    }
    out.print(CompletionScript.write(completion.shell(), completion.command(),
        registry.families()));
    return 0;
  }
}
