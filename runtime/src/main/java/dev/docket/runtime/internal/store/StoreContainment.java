package dev.docket.runtime.internal.store;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.spi.param.Quoting;
import java.util.List;

/**
 * The rule that keeps Docket's writes inside the store: no parameter value may lead an output
 * out of the store (a {@code ..} that climbs above it, an absolute path, a NUL character), nor
 * give its path an empty, {@code .} or {@code ..} part, which would let two task identities
 * share one file ({@code sel/v1/} and {@code sel/v1/.} are both {@code sel/v1}). Both are bad
 * input, found when the graph is planned, before anything runs or is removed.
 *
 * <p>A path that the task's own code puts outside the store (an absolute path in the source)
 * is not bad input: such a file may be read, and may be the output of a task that is complete
 * already (an input made elsewhere). Docket never writes, locks or removes it: the executor
 * refuses to run an incomplete task that has one ({@link #requireInside}), and
 * {@link LocalFileTarget} refuses to write or remove it.
 *
 * <p>Remote outputs follow the same rule under their base ({@code internal.remote}, which
 * checks both kinds for the planner).
 *
 * <p>Only targets whose path took the slow path of {@link StorePaths} and was found unsafe
 * there ({@link LocalFileTarget#unsafePath()}) are looked at, so planning a hundred thousand
 * plain outputs costs one field read each.
 */
public final class StoreContainment {
  private StoreContainment() {}

  /**
   * Checks one output of {@code task} as the planner lists it.
   *
   * @throws BadInputException naming the parameter whose value makes the output unsafe, or the
   *     task and output when its own code wrote a NUL character
   */
  public static <T> void check(TaskFamily<T> family, T task, LocalFileTarget output) {
    String written = output.unsafePath();
    if (written == null) {
      return;
    }
    PathBlame.Blame blame = PathBlame.find(family, task, written, false);
    if (blame != null) {
      throw badValue(family, blame.spec(), blame.text(), written, output.describe(),
          blame.cause(), !output.insideStore());
    }
    if (written.indexOf('\0') >= 0) {
      throw new BadInputException(
          "the output " + Quoting.escape(written) + " of " + family.id(task) + " has a NUL character"
              + ", which no file name can have; remove it from the task's @Output method");
    }
    // Otherwise the task's own code wrote the path: normalised, or outside and only read.
  }

  /**
   * Before a task runs: every output it would write lies inside the store.
   *
   * @throws BadInputException naming the task and the first output outside the store
   */
  public static void requireInside(Object taskId, List<Target> outputs) {
    for (Target output : outputs) {
      if (output instanceof LocalFileTarget file && !file.insideStore()) {
        throw new BadInputException(
            taskId + " is not complete and would write its output " + Quoting.escape(file.describe())
                + ", which lies outside the store " + LocalStore.root()
                + "; Docket writes only inside the store: give the output a path in the store,"
                + " or, if it is an input made elsewhere, create it first");
      }
    }
  }

  private static BadInputException badValue(
      TaskFamily<?> family, ParamSpec<?> spec, String text, String written, String resolved,
      PathBlame.Cause cause, boolean outside) {
    String where = "bad value " + Quoting.quote(text) + " for " + spec.option() + " of "
        + family.name() + ": ";
    if (cause == PathBlame.Cause.NUL) {
      return new BadInputException(where + "a NUL character cannot be part of the output path "
          + Quoting.escape(resolved) + "; remove it");
    }
    if (outside && (cause == PathBlame.Cause.ABSOLUTE || cause == PathBlame.Cause.CLIMB)) {
      return new BadInputException(where + "the output " + Quoting.escape(resolved)
          + " would lie outside the store " + LocalStore.root()
          + "; a value must not lead out of the store (an absolute path, or '..' climbing above"
          + " it)");
    }
    return new BadInputException(where + "it gives the output path '" + Quoting.escape(written)
        + "' an empty, '.' or '..' part, so two different tasks could share the file "
        + Quoting.escape(resolved) + "; give a plain name");
  }
}
