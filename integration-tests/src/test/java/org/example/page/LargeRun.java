package org.example.page;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A run's graph registered through the scheduler's worker API and left pending: the sample
 * analysis's shape (GenerateEvents → Selection, JetCalibration → Histograms per dataset, Combine
 * on top) with a Skim workflow of many branches, to see how the page draws ten thousand tasks.
 */
final class LargeRun {
  private LargeRun() {}

  /** Registers the graph with {@code branches} Skim branches; returns its task count and run id. */
  static long[] register(SchedulerApi api, int branches) throws Exception {
    List<Map<String, Object>> nodes = new ArrayList<>();
    List<Integer> top = new ArrayList<>();
    for (String dataset : List.of("ttbar", "wjets")) {
      int events = add(nodes, "GenerateEvents(dataset=" + dataset + ", version=v1, events=500, seed=42)",
          "GenerateEvents", null);
      int selection = add(nodes, "Selection(dataset=" + dataset + ", minJets=4, version=v1)",
          "Selection", null, events);
      int calibration = add(nodes, "JetCalibration(dataset=" + dataset + ", version=v1)",
          "JetCalibration", null, events);
      top.add(add(nodes, "Histograms(dataset=" + dataset + ", version=v1)", "Histograms", null,
          selection, calibration));
    }
    int[] parts = new int[branches];
    for (int b = 0; b < branches; b++) {
      parts[b] = add(nodes, "Skim(dataset=ttbar, version=v1, branch=" + b + ")", "Skim", "Skim", 0);
    }
    top.add(add(nodes, "Skim(dataset=ttbar, version=v1)", "Skim", null, parts));
    String root = "Combine(datasets=ttbar,wjets, version=v1)";
    add(nodes, root, "Combine", null, top.stream().mapToInt(Integer::intValue).toArray());
    String worker = api.post("/api/workers", Map.of("host", "planner", "pid", 1)).path("id").asText();
    JsonNode run = api.post("/api/runs", Map.of("worker", worker, "root", root, "nodes", nodes));
    return new long[] {nodes.size(), run.path("run").asLong()};
  }

  private static int add(List<Map<String, Object>> nodes, String id, String family, String workflow,
      int... deps) {
    Map<String, Object> node = new LinkedHashMap<>();
    node.put("id", id);
    node.put("family", family);
    node.put("params", Map.of());
    node.put("workflow", workflow);
    node.put("complete", false);
    node.put("deps", java.util.Arrays.stream(deps).boxed().toList());
    nodes.add(node);
    return nodes.size() - 1;
  }
}
