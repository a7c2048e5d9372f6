package dev.docket.runtime.internal.cli;

import dev.docket.runtime.internal.sandbox.InsideCommand;
import java.io.PrintStream;
import java.util.Arrays;
import javax.inject.Inject;
import javax.inject.Named;
import javax.inject.Provider;

/**
 * Parses the arguments and hands them to the command they name; returns the exit status.
 *
 * <p>Everything is reached through providers, so that an invocation loads and builds only the
 * parser and the command it uses: {@code run}, the common case, then loads neither picocli (see
 * {@link QuickRunParser}) nor the other commands' classes (the history's SQL and time-zone
 * classes, for one), which is a good part of the start-up time.
 */
final class DocketApp {
  private final Provider<ArgumentParser> parser;
  private final Provider<QuickRunParser> quickRun;
  private final Provider<ListCommand> list;
  private final Provider<RunCommand> run;
  private final Provider<ConfigCommand> config;
  private final Provider<CompletionCommand> completion;
  private final Provider<HistoryCommand> history;
  private final Provider<InsideCommand> inside;
  private final Provider<SchedulerCommand> scheduler;
  private final PrintStream out;

  @Inject
  DocketApp(
      Provider<ArgumentParser> parser,
      Provider<QuickRunParser> quickRun,
      Provider<ListCommand> list,
      Provider<RunCommand> run,
      Provider<ConfigCommand> config,
      Provider<CompletionCommand> completion,
      Provider<HistoryCommand> history,
      Provider<InsideCommand> inside,
      Provider<SchedulerCommand> scheduler,
      @Named("out") PrintStream out) {
    this.parser = parser;
    this.quickRun = quickRun;
    this.history = history;
    this.inside = inside;
    this.scheduler = scheduler;
    this.list = list;
    this.run = run;
    this.config = config;
    this.completion = completion;
    this.out = out;
  }

  int run(String[] args) {
    if (args.length > 0 && args[0].equals(InsideCommand.VERB)) {
      // One task re-launched in its sandbox by the outside run (internal.sandbox).
      return inside.get().run(Arrays.asList(args).subList(1, args.length));
    }
    if (args.length > 0 && args[0].equals(SchedulerCommand.VERB)) {
      // The server's options go to it as they are: the server parses them (and its --help).
      return scheduler.get().run(Arrays.asList(args).subList(1, args.length));
    }
    Invocation invocation = quickRun.get().parse(args);
    if (invocation == null) {
      invocation = parser.get().parse(args);
    }
    if (invocation instanceof Invocation.Help help) {
      out.print(help.text());
      return 0;
    }
    if (invocation instanceof Invocation.ListFamilies) {
      return list.get().run();
    }
    if (invocation instanceof Invocation.ShowConfig) {
      return config.get().run();
    }
    if (invocation instanceof Invocation.Completion c) {
      return completion.get().run(c);
    }
    if (invocation instanceof Invocation.History h) {
      return history.get().run(h.run());
    }
    return run.get().run((Invocation.Run) invocation);
  }
}
