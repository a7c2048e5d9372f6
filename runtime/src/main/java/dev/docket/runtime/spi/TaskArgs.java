package dev.docket.runtime.spi;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.spi.param.Quoting;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Task parameters as command-line arguments: {@code --min-jets 4} or {@code --min-jets=4}. The
 * same grammar serves the command line, job submission and {@code Foo_Family.parse}, so a task
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
    throw new BadInputException(
        "unknown parameter " + Quoting.clean(option) + " for " + family.name()
            + Suggestions.didYouMean(option, options)
            + (options.isEmpty()
                ? " (it has no parameters)"
                : " (it has " + String.join(", ", options) + ")"));
  }

  private static boolean isBoolean(ParamSpec<?> spec) {
    return spec.type().equals("java.lang.Boolean");
  }

  /** Near misses for "did you mean" hints. */
  public static final class Suggestions {
    private static final LevenshteinDistance EDITS = LevenshteinDistance.getDefaultInstance();

    private Suggestions() {}

    /**
     * The candidate closest to {@code given} in edits (insertions, deletions, substitutions;
     * case ignored), or {@code null} when none is within a third of its length, at least 2.
     */
    public static String closest(String given, Collection<String> candidates) {
      String best = null;
      int bestDistance = Integer.MAX_VALUE;
      for (String candidate : candidates) {
        int distance = EDITS.apply(given.toLowerCase(), candidate.toLowerCase());
        if (distance < bestDistance) {
          bestDistance = distance;
          best = candidate;
        }
      }
      return best != null && bestDistance <= Math.max(2, given.length() / 3) ? best : null;
    }

    /** {@code "; did you mean X?"} for the closest candidate, or {@code ""} when none is close. */
    public static String didYouMean(String given, Collection<String> candidates) {
      String near = closest(given, candidates);
      return near != null ? "; did you mean " + near + "?" : "";
    }
  }
}
