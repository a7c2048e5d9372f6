package dev.docket.runtime.spi;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.param.ParamSpec;
import java.util.Arrays;
import java.util.List;

/**
 * The typed values of one task's parameters, indexed like its family's {@link ParamSpec}s.
 * Immutable once built.
 */
public final class ParamValues {
  private final List<ParamSpec<?>> specs;
  private final Object[] values;

  private ParamValues(List<ParamSpec<?>> specs, Object[] values) {
    this.specs = specs;
    this.values = values;
  }

  /** Values in the order of {@code specs}; used by the generated {@code Foo_Params.valuesOf}. */
  public static ParamValues of(List<ParamSpec<?>> specs, Object... values) {
    if (values.length != specs.size()) {
      throw new IllegalArgumentException(
          "expected " + specs.size() + " values, got " + values.length);
    }
    // Arrays.copyOf, not clone(): the copy is made once per task built or identified, and
    // only copyOf is an intrinsic of the client compiler a short run relies on.
    return new ParamValues(specs, Arrays.copyOf(values, values.length));
  }

  /** Takes ownership of {@code values} (no copy): for the runtime's builder only. */
  static ParamValues wrap(List<ParamSpec<?>> specs, Object[] values) {
    return new ParamValues(specs, values);
  }

  @SuppressWarnings("unchecked")
  public <T> T get(ParamSpec<T> spec) {
    return (T) values[spec.index()];
  }

  public Object get(int index) {
    return values[index];
  }

  public List<ParamSpec<?>> specs() {
    return specs;
  }

  /** The value of {@code spec} as command-line text. */
  public <T> String format(ParamSpec<T> spec) {
    return spec.converter().format(get(spec));
  }

  /** The canonical text of the significant parameters, as in {@link TaskId#params()}. */
  public String significantText() {
    StringBuilder out = new StringBuilder(32);
    // Indexed, not for-each: computed for every task identified, and an iterator a time adds up.
    for (int i = 0; i < specs.size(); i++) {
      ParamSpec<?> spec = specs.get(i);
      if (spec.significant()) {
        if (out.length() > 0) {
          out.append(", ");
        }
        out.append(spec.name()).append('=').append(format(spec));
      }
    }
    return out.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ParamValues other && Arrays.equals(values, other.values);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder out = new StringBuilder();
    for (ParamSpec<?> spec : specs) {
      if (out.length() > 0) {
        out.append(", ");
      }
      out.append(spec.name()).append('=').append(format(spec));
    }
    return out.toString();
  }
}
