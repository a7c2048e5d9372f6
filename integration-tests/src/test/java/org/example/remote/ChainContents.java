package org.example.remote;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * What every output of the remote chain must hold, byte for byte, worked out the way its tasks
 * work it out: a file cut short or left half-written by a fault differs from it.
 */
final class ChainContents {
  static final List<String> DATASETS = List.of("ttbar", "wjets");
  private static final int PER_CHUNK = 25;

  private ChainContents() {}

  /** The number of events that fills {@code chunks} chunks, for {@code [RemoteEvents] events}. */
  static int events(int chunks) {
    return chunks * PER_CHUNK;
  }

  /** The tasks of {@code RemoteYields}: per dataset events, the skim workflow, its branches and a histogram; one yields. */
  static int tasks(int chunks) {
    return DATASETS.size() * (3 + chunks) + 1;
  }

  /** Each output's path under the base, with its expected content, in the order they are made. */
  static Map<List<String>, String> expected(int chunks) {
    Map<List<String>, String> files = new LinkedHashMap<>();
    StringBuilder yields = new StringBuilder("dataset,events\n");
    for (String dataset : DATASETS) {
      List<String> events = events(dataset, events(chunks));
      files.put(List.of("events", "v1", dataset + ".csv"), lines(events));
      int[] counts = new int[6];
      int total = 0;
      for (int branch = 0; branch < chunks; branch++) {
        List<String> kept = new ArrayList<>();
        for (String line : events.subList(branch * PER_CHUNK, (branch + 1) * PER_CHUNK)) {
          if (Double.parseDouble(line) > 50) {
            kept.add(line);
            counts[Math.min(5, (int) (Double.parseDouble(line) / 50))]++;
            total++;
          }
        }
        files.put(List.of("skim", "v1", dataset, branch + ".txt"), lines(kept));
      }
      StringBuilder histogram = new StringBuilder("bin,count\n");
      for (int i = 0; i < counts.length; i++) {
        histogram.append(i).append(',').append(counts[i]).append('\n');
      }
      files.put(List.of("hist", "v1", dataset + ".csv"), histogram.toString());
      yields.append(dataset).append(',').append(total).append(System.lineSeparator());
    }
    files.put(List.of("combined", "v1", "yields.csv"),
        yields.toString().replace("dataset,events\n", "dataset,events" + System.lineSeparator()));
    return files;
  }

  private static List<String> events(String dataset, int count) {
    Random random = new Random(dataset.hashCode());
    List<String> events = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      events.add(String.format("%.2f", 30 + Math.abs(random.nextGaussian()) * 60));
    }
    return events;
  }

  private static String lines(List<String> lines) {
    StringBuilder text = new StringBuilder();
    lines.forEach(line -> text.append(line).append('\n'));
    return text.toString();
  }
}
