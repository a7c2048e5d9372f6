package dev.docket.runtime.internal.store;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.Target;
import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.spi.param.Quoting;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
 * <p>Only targets whose path took the slow path of {@link StorePaths} and was found unsafe
 * there ({@link LocalFileTarget#unsafePath()}) are looked at, so planning a hundred thousand
 * plain outputs costs one field read each.
 */
public final class StoreContainment {
  private StoreContainment() {}

  /** What makes one stretch of a written path unsafe, the gravest last. */
  private enum Cause {
    EMPTY,
    DOT,
    ABSOLUTE,
    CLIMB,
    NUL
  }

  private record Stretch(int start, int end, Cause cause) {}

  /**
   * Checks the outputs of {@code task} as the planner lists them: each file target with an
   * unsafe path ({@link LocalFileTarget#unsafePath}); other targets are their own business.
   *
   * @throws BadInputException as {@link #check} does, for the first unsafe output
   */
  public static <T> void checkAll(
      TaskFamily<T> family, T task, Iterable<? extends Target> outputs) {
    for (Target output : outputs) {
      if (output instanceof LocalFileTarget file) {
        check(family, task, file);
      }
    }
  }

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
    List<Stretch> stretches = stretches(written);
    ParamValues values = family.values(task);
    boolean outside = !output.insideStore();
    for (boolean empty : new boolean[] {false, true}) {
      for (ParamSpec<?> spec : values.specs()) {
        for (String text : texts(values, spec)) {
          if (text.isEmpty() != empty) {
            continue;
          }
          Cause cause = cause(written, text, stretches);
          if (cause != null) {
            throw badValue(family, spec, text, written, output.describe(), cause, outside);
          }
        }
      }
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
      Cause cause, boolean outside) {
    String where = "bad value " + Quoting.quote(text) + " for " + spec.option() + " of "
        + family.name() + ": ";
    if (cause == Cause.NUL) {
      return new BadInputException(where + "a NUL character cannot be part of the output path "
          + Quoting.escape(resolved) + "; remove it");
    }
    if (outside && (cause == Cause.ABSOLUTE || cause == Cause.CLIMB)) {
      return new BadInputException(where + "the output " + Quoting.escape(resolved)
          + " would lie outside the store " + LocalStore.root()
          + "; a value must not lead out of the store (an absolute path, or '..' climbing above"
          + " it)");
    }
    return new BadInputException(where + "it gives the output path '" + Quoting.escape(written)
        + "' an empty, '.' or '..' part, so two different tasks could share the file "
        + Quoting.escape(resolved) + "; give a plain name");
  }

  /**
   * What makes the stretch of {@code written} that {@code text} occupies unsafe, or
   * {@code null}: an empty text counts only where the path has an empty part.
   */
  private static Cause cause(String written, String text, List<Stretch> stretches) {
    if (text.isEmpty()) {
      for (Stretch stretch : stretches) {
        if (stretch.cause() == Cause.EMPTY) {
          return Cause.EMPTY;
        }
      }
      return null;
    }
    Cause found = null;
    for (int at = written.indexOf(text); at >= 0; at = written.indexOf(text, at + 1)) {
      for (Stretch stretch : stretches) {
        if (at < stretch.end() && stretch.start() < at + text.length()
            && (found == null || stretch.cause().compareTo(found) > 0)) {
          found = stretch.cause();
        }
      }
    }
    return found;
  }

  /**
   * The unsafe stretches of {@code written}: a leading '/', each {@code ..}, {@code .} or empty
   * part (an empty part as the slashes around it) and each NUL character.
   */
  private static List<Stretch> stretches(String written) {
    List<Stretch> stretches = new ArrayList<>();
    int length = written.length();
    boolean absolute = written.startsWith("/");
    if (absolute) {
      stretches.add(new Stretch(0, 1, Cause.ABSOLUTE));
    }
    for (int start = absolute ? 1 : 0; start <= length; ) {
      int end = written.indexOf('/', start);
      int stop = end < 0 ? length : end;
      String part = written.substring(start, stop);
      if (part.equals("..")) {
        stretches.add(new Stretch(start, stop, Cause.CLIMB));
      } else if (part.equals(".")) {
        stretches.add(new Stretch(start, stop, Cause.DOT));
      } else if (part.isEmpty() && !(absolute && length == 1)) {
        stretches.add(new Stretch(Math.max(start - 1, 0), Math.min(start + 1, length),
            Cause.EMPTY));
      }
      if (end < 0) {
        break;
      }
      start = end + 1;
    }
    for (int at = written.indexOf('\0'); at >= 0; at = written.indexOf('\0', at + 1)) {
      stretches.add(new Stretch(at, at + 1, Cause.NUL));
    }
    return stretches;
  }

  /** The texts a parameter value can put into a path: the whole, and each element of a container. */
  private static List<String> texts(ParamValues values, ParamSpec<?> spec) {
    List<String> texts = new ArrayList<>(2);
    Object value = values.get(spec.index());
    if (value == null) {
      return texts;
    }
    texts.add(values.format(spec));
    if (value instanceof Iterable<?> items) {
      items.forEach(item -> texts.add(String.valueOf(item)));
    } else if (value instanceof Map<?, ?> map) {
      map.forEach((k, v) -> {
        texts.add(String.valueOf(k));
        texts.add(String.valueOf(v));
      });
    } else if (value instanceof Optional<?> optional && optional.isPresent()) {
      texts.add(String.valueOf(optional.get()));
    }
    return texts;
  }
}
