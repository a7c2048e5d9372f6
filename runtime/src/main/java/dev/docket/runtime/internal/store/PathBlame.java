package dev.docket.runtime.internal.store;

import dev.docket.runtime.spi.ParamValues;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which parameter value put an unsafe stretch into an output path as the task wrote it: a
 * leading '/', a {@code ..}, {@code .} or empty part, a NUL (and, for remote paths, a
 * backslash). The planner names that parameter in its refusal, for local outputs ({@link
 * StoreContainment}) and remote ones alike.
 */
public final class PathBlame {
  private PathBlame() {}

  /** What makes one stretch of a written path unsafe, the gravest last. */
  public enum Cause {
    EMPTY,
    DOT,
    ABSOLUTE,
    CLIMB,
    BACKSLASH,
    NUL
  }

  /**
   * The parameter to blame, its value as text and what it did.
   *
   * @param spec the parameter
   * @param text the value, or the element of a container value, that made the stretch
   * @param cause the gravest stretch it overlaps
   */
  public record Blame(ParamSpec<?> spec, String text, Cause cause) {}

  private record Stretch(int start, int end, Cause cause) {}

  /**
   * The first parameter of {@code task} whose value overlaps an unsafe stretch of {@code
   * written} (non-empty values first: an empty one only counts for an empty part), or {@code
   * null} when the task's own code wrote it.
   *
   * @param backslash whether a backslash is unsafe (remote paths)
   */
  public static <T> Blame find(TaskFamily<T> family, T task, String written, boolean backslash) {
    List<Stretch> stretches = stretches(written, backslash);
    ParamValues values = family.values(task);
    for (boolean empty : new boolean[] {false, true}) {
      for (ParamSpec<?> spec : values.specs()) {
        for (String text : texts(values, spec)) {
          if (text.isEmpty() != empty) {
            continue;
          }
          Cause cause = cause(written, text, stretches);
          if (cause != null) {
            return new Blame(spec, text, cause);
          }
        }
      }
    }
    return null;
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
   * Whether {@code written} has an empty, {@code .} or {@code ..} part (the empty part before a
   * leading '/' aside), which would let two task identities share one file: the same reading of
   * parts as the blame's, for {@link StorePaths#unsafe}.
   */
  static boolean hasAliasingPart(String written) {
    for (Stretch stretch : stretches(written, false)) {
      Cause cause = stretch.cause();
      if (cause == Cause.EMPTY || cause == Cause.DOT || cause == Cause.CLIMB) {
        return true;
      }
    }
    return false;
  }

  /**
   * The unsafe stretches of {@code written}: a leading '/', each {@code ..}, {@code .} or empty
   * part (an empty part as the slashes around it), each NUL character and, with {@code
   * backslash}, each backslash.
   */
  private static List<Stretch> stretches(String written, boolean backslash) {
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
    if (backslash) {
      for (int at = written.indexOf('\\'); at >= 0; at = written.indexOf('\\', at + 1)) {
        stretches.add(new Stretch(at, at + 1, Cause.BACKSLASH));
      }
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
