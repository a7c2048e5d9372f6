package dev.docket.runtime.task;

import dev.docket.runtime.BadInputException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Task parameters as command-line arguments: {@code --min-jets 4} or {@code --min-jets=4}. The
 * same grammar serves the command line, job submission and {@code Foo_Params.parse}, so a task
 * printed with {@link #format} and read back with {@link #parse} is the same task.
 */
public final class TaskArgs {
  private TaskArgs() {}

  /**
   * Creates a task of {@code family} from arguments; parameters not given take their configured
   * or default values.
   *
   * @throws BadInputException for an unknown option, a missing or malformed value
   */
  public static <T> T parse(TaskFamily<T> family, String... args) {
    return apply(TaskBuilder.of(family), List.of(args)).build();
  }

  /** Sets the parameters named in {@code args} on {@code builder}. */
  public static <T> TaskBuilder<T> apply(TaskBuilder<T> builder, List<String> args) {
    TaskFamily<T> family = builder.family();
    for (int i = 0; i < args.size(); i++) {
      String arg = args.get(i);
      if (!arg.startsWith("--") || arg.length() == 2) {
        throw new BadInputException(
            "unexpected argument " + Quoting.quote(arg) + " for " + family.name()
                + ": parameters are given as --name value");
      }
      int equals = arg.indexOf('=');
      String option = equals < 0 ? arg : arg.substring(0, equals);
      ParamSpec<?> spec = find(family, option);
      String value;
      if (equals >= 0) {
        value = arg.substring(equals + 1);
      } else if (isBoolean(spec) && (i + 1 == args.size() || args.get(i + 1).startsWith("--"))) {
        value = "true";
      } else if (i + 1 < args.size()) {
        value = args.get(++i);
      } else {
        throw new BadInputException(
            "option " + option + " of " + family.name() + " needs a value: "
                + spec.converter().expectation());
      }
      builder.setText(spec, value);
    }
    return builder;
  }

  /** The arguments that {@link #parse} turns back into {@code task}: every parameter, explicit. */
  public static <T> List<String> format(TaskFamily<T> family, T task) {
    ParamValues values = family.values(task);
    List<String> args = new ArrayList<>();
    for (ParamSpec<?> spec : family.params()) {
      args.add(spec.option() + "=" + values.format(spec));
    }
    return args;
  }

  /** The parameter of {@code family} for {@code option} (e.g. {@code --min-jets}). */
  public static ParamSpec<?> find(TaskFamily<?> family, String option) {
    for (ParamSpec<?> spec : family.params()) {
      if (spec.option().equals(option)) {
        return spec;
      }
    }
    List<String> options = new ArrayList<>();
    for (ParamSpec<?> spec : family.params()) {
      options.add(spec.option());
    }
    String suggestion = Suggestions.closest(option, options);
    throw new BadInputException(
        "unknown parameter " + Quoting.clean(option) + " for " + family.name()
            + (suggestion != null ? "; did you mean " + suggestion + "?" : "")
            + (options.isEmpty()
                ? " (it has no parameters)"
                : " (it has " + String.join(", ", options) + ")"));
  }

  private static boolean isBoolean(ParamSpec<?> spec) {
    return spec.type().equals("java.lang.Boolean");
  }

  /** Near misses for "did you mean" hints. */
  public static final class Suggestions {
    private Suggestions() {}

    /** The candidate closest to {@code given}, or {@code null} when none is close. */
    public static String closest(String given, Collection<String> candidates) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String candidate : candidates) {
        int distance = distance(given.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
      return best != null && bestDistance <= Math.max(2, given.length() / 3) ? best : null;
    }

    static int distance(String a, String b) {
      int[] previous = new int[b.length() + 1];
      int[] current = new int[b.length() + 1];
      for (int j = 0; j <= b.length(); j++) {
        previous[j] = j;
      }
      for (int i = 1; i <= a.length(); i++) {
        current[0] = i;
        for (int j = 1; j <= b.length(); j++) {
          int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
          current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
        }
        int[] swap = previous;
        previous = current;
        current = swap;
      }
      return previous[b.length()];
    }
  }
}
