package dev.docket.runtime.internal.exec;

import dev.docket.runtime.TaskId;
import dev.docket.runtime.spi.param.ContainerConverters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A task's identity as progress lines show it: each long value shortened, so that a line per
 * task stays readable when a parameter is a long list or text. A shortened list keeps its first
 * items and says how many more it has; a shortened text keeps its start; both end with {@code ~}
 * and four hex digits of the whole value's hash, so that two tasks of one run that differ only
 * further on still read differently. The summary, {@code --dry-run}, {@code --print-status} and
 * the history show the whole identity.
 *
 * <pre>
 * FitSignalStrength(version=v1, bins=20, datasets=TTBAR,SINGLE_TOP,+2~3cda, shifts=NOMINAL,UP,DOWN)
 * Skim(input=/eos/cms/store/u...~17f9, version=v1)
 * </pre>
 */
final class TaskLabel {
  /** Values up to this length are shown whole. */
  static final int LONGEST = 24;
  /** How much of a longer value is kept. */
  private static final int KEPT = 16;
  private static final Pattern PARAMETERS = Pattern.compile(", (?=[A-Za-z_$][A-Za-z0-9_$]*=)");

  private TaskLabel() {}

  static String of(TaskId id) {
    String params = id.params();
    if (params.length() <= LONGEST) {
      return id.toString();
    }
    StringBuilder out = new StringBuilder(id.family()).append('(');
    String[] parts = PARAMETERS.split(params);
    for (int i = 0; i < parts.length; i++) {
      if (i > 0) {
        out.append(", ");
      }
      int equals = parts[i].indexOf('=');
      if (equals < 0) {
        out.append(parts[i]);
      } else {
        out.append(parts[i], 0, equals + 1).append(value(parts[i].substring(equals + 1)));
      }
    }
    return out.append(')').toString();
  }

  private static String value(String value) {
    if (value.length() <= LONGEST) {
      return value;
    }
    String hash = "~" + String.format(Locale.ROOT, "%04x", value.hashCode() & 0xffff);
    List<String> items = ContainerConverters.splitEscaped(value, ','); // a list's items
    if (items.size() > 1 && items.get(0).length() <= KEPT) {
      StringBuilder kept = new StringBuilder(items.get(0));
      int shown = 1;
      while (shown < items.size() && kept.length() + 1 + items.get(shown).length() <= KEPT) {
        kept.append(',').append(items.get(shown++));
      }
      return kept + ",+" + (items.size() - shown) + hash;
    }
    return value.substring(0, KEPT) + "..." + hash;
  }
}
