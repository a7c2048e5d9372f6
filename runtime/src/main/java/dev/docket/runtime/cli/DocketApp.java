package dev.docket.runtime.cli;

import java.io.PrintStream;
import javax.inject.Inject;
import javax.inject.Named;

/** Parses the arguments and hands them to the command they name; returns the exit status. */
final class DocketApp {
  private final ArgumentParser parser;
  private final ListCommand list;
  private final RunCommand run;
  private final ConfigCommand config;
  private final CompletionCommand completion;
  private final HistoryCommand history;
  private final PrintStream out;

  @Inject
  DocketApp(
      ArgumentParser parser,
      ListCommand list,
      RunCommand run,
      ConfigCommand config,
      CompletionCommand completion,
      HistoryCommand history,
      @Named("out") PrintStream out) {
    this.parser = parser;
    this.history = history;
    this.list = list;
    this.run = run;
    this.config = config;
    this.completion = completion;
    this.out = out;
  }

  int run(String[] args) {
    Invocation invocation = parser.parse(args);
    if (invocation instanceof Invocation.Help help) {
      out.print(help.text());
      out.flush();
      return 0;
    }
    if (invocation instanceof Invocation.ListFamilies) {
      return list.run();
    }
    if (invocation instanceof Invocation.ShowConfig) {
      return config.run();
    }
    if (invocation instanceof Invocation.Completion c) {
      return completion.run(c);
    }
    if (invocation instanceof Invocation.History h) {
      return history.run(h.run());
    }
    return run.run((Invocation.Run) invocation);
  }
}
