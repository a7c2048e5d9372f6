package ${package};

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;

/**
 * The histograms of all datasets and shifts: the fit's templates and the plot's content. Stored
 * as one CSV line per histogram: {@code dataset,shift,low,high,sums,squares}.
 */
final class Templates {
  private final Map<Dataset, Map<Shift, Histogram>> histograms = new EnumMap<>(Dataset.class);

  void put(Dataset dataset, Shift shift, Histogram histogram) {
    histograms.computeIfAbsent(dataset, d -> new EnumMap<>(Shift.class)).put(shift, histogram);
  }

  /** The histogram of {@code dataset} at {@code shift}, the nominal one if that shift is absent. */
  Histogram get(Dataset dataset, Shift shift) {
    Map<Shift, Histogram> shifts = histograms.get(dataset);
    if (shifts == null) {
      throw new IllegalStateException("no histogram of " + dataset.fileName() + " was combined");
    }
    Histogram h = shifts.get(shift);
    return h != null ? h : shifts.get(Shift.NOMINAL);
  }

  boolean has(Dataset dataset) {
    return histograms.containsKey(dataset);
  }

  /** The simulated processes present, signal first. */
  java.util.List<Dataset> processes() {
    return histograms.keySet().stream().filter(d -> !d.isData()).toList();
  }

  Histogram data() {
    return get(Dataset.DATA, Shift.NOMINAL);
  }

  String toCsv() {
    StringBuilder out = new StringBuilder("dataset,shift,low,high,sums,squares\n");
    histograms.forEach(
        (dataset, shifts) ->
            shifts.forEach(
                (shift, h) ->
                    out.append(dataset.fileName()).append(',').append(shift.fileName())
                        .append(',').append(h.toCsv()).append('\n')));
    return out.toString();
  }

  static Templates parse(String csv) {
    Templates templates = new Templates();
    String[] lines = csv.split("\n");
    for (int i = 1; i < lines.length; i++) {
      String[] f = lines[i].split(",", 3);
      templates.put(
          Dataset.valueOf(f[0].toUpperCase(Locale.ROOT)),
          Shift.valueOf(f[1].toUpperCase(Locale.ROOT)),
          Histogram.parse(f[2]));
    }
    return templates;
  }
}
