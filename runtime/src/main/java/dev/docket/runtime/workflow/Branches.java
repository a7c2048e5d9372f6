package dev.docket.runtime.workflow;

import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** Helpers to write {@link Workflow#branchMap()}. */
public final class Branches {
  private Branches() {}

  /** Branch {@code i} is the {@code i}-th element of {@code data}, in iteration order. */
  public static <D> Map<Integer, D> of(Collection<D> data) {
    Map<Integer, D> map = new LinkedHashMap<>();
    int i = 0;
    for (D d : data) {
      map.put(i++, d);
    }
    return Collections.unmodifiableMap(map);
  }

  /** Branches {@code 0 .. count-1}, each with its own number as data. */
  public static Map<Integer, Integer> range(int count) {
    Map<Integer, Integer> map = new LinkedHashMap<>();
    for (int i = 0; i < count; i++) {
      map.put(i, i);
    }
    return Collections.unmodifiableMap(map);
  }
}
