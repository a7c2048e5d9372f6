package dev.docket.runtime.internal.cli;

import dev.docket.runtime.internal.options.RunOption;
import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.inject.Inject;

/**
 * Reads the common command line, {@code run <Family>} followed by options in their plain forms,
 * without picocli; declines everything else, which {@link ArgumentParser} then reads.
 *
 * <p>Why: building picocli's model of every family and loading picocli take most of the start-up
 * time of a run (about 70 ms of some 120 ms on a small machine), for a command line that is
 * almost always simple. Picocli stays the reference: this parser accepts only what it can read
 * exactly as picocli does (a test compares the two on many command lines) and returns
 * {@code null} for anything else — help, {@code --}, an unknown or repeated option, a value that
 * starts with {@code -} or is empty, a boolean parameter followed by a word, {@code picocli.*}
 * system properties — so that every message, help text and exit status still comes from the
 * picocli path.
 *
 * <p>Accepted: {@code --param value}, {@code --param=value}, a boolean parameter alone (then
 * {@code true}), run options with their values ({@code --workers 2}) and run flags
 * ({@code --dry-run}).
 */
final class QuickRunParser {
  private final TaskRegistry registry;

  @Inject
  QuickRunParser(TaskRegistry registry) {
    this.registry = registry;
  }

  /** The invocation {@code args} ask for, or {@code null} when picocli must read them. */
  Invocation.Run parse(String[] args) {
    if (args.length < 2 || !args[0].equals(CommandSpecs.RUN) || picocliIsConfigured()) {
      return null;
    }
    TaskFamily<?> family = registry.find(args[1]).orElse(null);
    if (family == null) {
      return null;
    }
    Map<String, ParamSpec<?>> byOption = new HashMap<>();
    for (ParamSpec<?> spec : family.params()) {
      if (ParamSpec.RESERVED_OPTIONS.contains(spec.option())) {
        return null; // CommandSpecs reports the clash
      }
      byOption.put(spec.option(), spec);
    }
    Map<String, Invocation.Param> params = new LinkedHashMap<>();
    Map<String, String> runOptions = new HashMap<>();
    int i = 2;
    while (i < args.length) {
      String arg = args[i];
      String[] nameAndValue = arg.split("=", 2);
      String option = nameAndValue[0];
      String attached = nameAndValue.length == 2 ? nameAndValue[1] : null;
      ParamSpec<?> spec = byOption.get(option);
      RunOption runOption = spec == null ? RunOption.named(option).orElse(null) : null;
      if (!option.startsWith("--")
          || (spec == null && runOption == null)
          || params.containsKey(option)
          || runOptions.containsKey(option)) {
        return null;
      }
      String value;
      if (runOption != null && runOption.isFlag()) {
        if (attached != null) {
          return null;
        }
        value = "";
        i++;
      } else if (spec != null && TypeNames.isBoolean(spec)) { // its value is optional
        boolean alone = i + 1 == args.length || isOption(args[i + 1], byOption);
        if (attached != null || !alone) {
          return null;
        }
        value = "true";
        i++;
      } else if (attached != null) {
        if (!plain(attached)) {
          return null;
        }
        value = attached;
        i++;
      } else {
        if (i + 1 == args.length || !plain(args[i + 1])) {
          return null;
        }
        value = args[i + 1];
        i += 2;
      }
      if (spec != null) {
        params.put(option, new Invocation.Param(spec, value));
      } else {
        runOptions.put(option, value);
      }
    }
    return new Invocation.Run(
        family, List.copyOf(params.values()), RunOptions.of(new MatchedOptions(runOptions)));
  }

  /** A value picocli takes as it is: not empty, not like an option. */
  private static boolean plain(String value) {
    return !value.isEmpty() && !value.startsWith("-");
  }

  /** Whether {@code arg} names one of the family's options, with or without a value. */
  private static boolean isOption(String arg, Map<String, ParamSpec<?>> byOption) {
    String option = arg.split("=", 2)[0];
    return byOption.containsKey(option) || RunOption.named(option).isPresent();
  }

  /** Picocli reads system properties that change its parsing ({@code picocli.trimQuotes}...). */
  private static boolean picocliIsConfigured() {
    for (String name : System.getProperties().stringPropertyNames()) {
      if (name.startsWith("picocli.")) {
        return true;
      }
    }
    return false;
  }
}
