package dev.docket.runtime.spi;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.spi.param.Converters;
import dev.docket.runtime.spi.param.ParamSpec;
import dev.docket.runtime.spi.param.Quoting;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReferenceArray;

/**
 * Collects parameter values for one task and creates it: the engine behind every generated
 * {@code Foo_Builder}, the command line and {@code req}.
 *
 * <p>A value comes from, in order: an explicit setter (or the command line), a value copied
 * from another task by {@link #copyFrom}, the {@link ParamDefaults configured} value, the
 * {@code defaultValue}. A missing required value is a {@link BadInputException}.
 */
public final class TaskBuilder<T> {
  private static final Object UNSET = new Object();
  /**
   * Per family, its parameters' defaults once parsed, by parameter index. Keyed by the family
   * (compared by identity), not by the parameter: hashing a {@link ParamSpec} record hashes all
   * its parts, and the record's generated methods are linked at run time on first use.
   */
  private static final Map<TaskFamily<?>, AtomicReferenceArray<Object>> PARSED_DEFAULTS =
      new ConcurrentHashMap<>();
  private static final Map<TaskFamily<?>, Map<TaskFamily<?>, int[]>> COPY_MAPS =
      new ConcurrentHashMap<>();

  private final TaskFamily<T> family;
  /**
   * The values given so far, {@link #UNSET} elsewhere; one array that {@link #build} completes
   * and hands to the task (tasks are built by the hundred thousand). Explicit values replace
   * copied ones, and copying never replaces a value already there.
   */
  private Object[] values;
  /** Whether {@link #values} was handed to a task: a builder used again works on a copy. */
  private boolean handedOver;

  private TaskBuilder(TaskFamily<T> family) {
    this.family = family;
    this.values = new Object[family.params().size()];
    java.util.Arrays.fill(values, UNSET);
  }

  public static <T> TaskBuilder<T> of(TaskFamily<T> family) {
    return new TaskBuilder<>(family);
  }

  public TaskFamily<T> family() {
    return family;
  }

  /** Sets a value explicitly; it wins over every other source. */
  public <V> TaskBuilder<T> set(ParamSpec<V> spec, V value) {
    if (value == null) {
      throw new NullPointerException(family.name() + "." + spec.name() + " must not be null");
    }
    writable()[spec.index()] = value;
    return this;
  }

  /**
   * Sets a value from command-line text; a malformed value is a {@link BadInputException} that
   * names the option, the value and the expected form.
   */
  public TaskBuilder<T> setText(ParamSpec<?> spec, String text) {
    writable()[spec.index()] = parse(spec, text, spec.option() + " of " + family.name());
    return this;
  }

  /**
   * Copies, like law's {@code req}, every parameter of {@code other} whose name and type match
   * one of this family's parameters, except those declared {@code @Param(propagate = false)}.
   * A value already there (set explicitly, or copied before) is kept.
   */
  public TaskBuilder<T> copyFrom(Object other) {
    // A @Requires method typically builds many tasks from the same one (a fan of a hundred
    // thousand branches): its values and the copy map are looked up once, not per task built.
    Copy copy = lastCopy;
    if (copy == null || copy.from() != other || copy.to() != family) {
      TaskFamily<Object> otherFamily = TaskRegistry.global().familyOf(other);
      copy = new Copy(other, family, otherFamily.values(other), copyMap(otherFamily, family));
      lastCopy = copy;
    }
    int[] source = copy.map();
    Object[] target = writable();
    for (int i = 0; i < source.length; i++) {
      if (source[i] >= 0 && target[i] == UNSET) {
        target[i] = copy.values().get(source[i]);
      }
    }
    return this;
  }

  /** The last {@link #copyFrom}: immutable, so that any thread may read it whole or not at all. */
  private record Copy(Object from, TaskFamily<?> to, ParamValues values, int[] map) {}

  private static volatile Copy lastCopy;

  /**
   * For each parameter of {@code to}, the index of the parameter of {@code from} with the same
   * name and type, or -1. Computed once per pair of families: a {@code @Requires} method may
   * call {@code req} a hundred thousand times.
   */
  private static int[] copyMap(TaskFamily<?> from, TaskFamily<?> to) {
    return COPY_MAPS
        .computeIfAbsent(from, f -> new ConcurrentHashMap<>())
        .computeIfAbsent(
            to,
            t -> {
              int[] map = new int[t.params().size()];
              java.util.Arrays.fill(map, -1);
              for (ParamSpec<?> mine : t.params()) {
                if (!mine.propagate()) {
                  continue; // @Param(propagate = false): law's exclude_params_req
                }
                for (ParamSpec<?> theirs : from.params()) {
                  if (theirs.name().equals(mine.name()) && theirs.type().equals(mine.type())) {
                    map[mine.index()] = theirs.index();
                  }
                }
              }
              return map;
            });
  }

  /** Creates the task, its {@code @Requires} fields filled. */
  public T build() {
    List<ParamSpec<?>> specs = family.params();
    Object[] resolved = writable();
    DefaultsSource configured = ParamDefaults.current();
    for (int i = 0; i < specs.size(); i++) { // indexed: no iterator per task built
      ParamSpec<?> spec = specs.get(i);
      if (resolved[spec.index()] == UNSET) {
        resolved[spec.index()] = resolve(spec, configured);
      }
    }
    handedOver = true;
    return family.create(ParamValues.wrap(specs, resolved));
  }

  private Object[] writable() {
    if (handedOver) {
      values = values.clone();
      handedOver = false;
    }
    return values;
  }

  private Object resolve(ParamSpec<?> spec, DefaultsSource configured) {
    DefaultsSource.Configured set = configured.lookup(family.name(), spec);
    if (set != null) {
      return parse(spec, set.text(), set.origin());
    }
    if (spec.isRequired()) {
      throw new BadInputException(
          family.name() + " needs parameter " + spec.option() + " (" + simpleType(spec)
              + "): give it on the command line, in the [" + family.name()
              + "] section of docket.cfg, or set it where the task is built");
    }
    AtomicReferenceArray<Object> parsed =
        PARSED_DEFAULTS.computeIfAbsent(family, f -> new AtomicReferenceArray<>(f.params().size()));
    Object value = parsed.get(spec.index());
    if (value == null) {
      // Two threads may both parse it: the same text gives equal values, either will do.
      value = parse(spec, spec.defaultValue(), "the defaultValue of " + family.name() + "." + spec.name());
      parsed.set(spec.index(), value);
    }
    return value;
  }

  private static Object parse(ParamSpec<?> spec, String text, String where) {
    if (text.indexOf('\0') >= 0) { // no file name, command or C library takes it as meant
      throw new BadInputException("bad value " + Quoting.quote(text) + " for " + where
          + ": expected text without the NUL character (\\u0000)");
    }
    try {
      return spec.converter().parse(text);
    } catch (RuntimeException e) {
      String expectation = spec.converter().expectation();
      throw new BadInputException(
          "bad value " + Quoting.quote(text) + " for " + where + ": expected " + expectation
              + detail(e, expectation));
    }
  }

  /** {@link Converters#reason} in parentheses; empty when the converter said nothing more. */
  private static String detail(RuntimeException e, String expectation) {
    String reason = Converters.reason(e, expectation);
    return reason.isEmpty() ? "" : " (" + reason + ")";
  }

  static String simpleType(ParamSpec<?> spec) {
    return spec.type().replaceAll("[a-z][a-z0-9_]*\\.", "");
  }
}
