package dev.docket.runtime.internal.graph;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link TaskGraph} as graphviz DOT text, for {@code run <Family> --print-graph}: one
 * box per task labelled with its id and filled by its state (complete, incomplete, failed to
 * plan), an arrow from each task to each task it requires. Collapsed by family, it is one box
 * per family with its counts, which keeps a graph of ten thousand branches readable.
 *
 * <p>Every label is a quoted DOT string with its quotes, backslashes and line ends escaped:
 * parameter values are the user's text and must not end the string or become graphviz escapes
 * such as {@code \N} or {@code \l}.
 */
public final class DotWriter {
  static final String COMPLETE = "#b7e4c7";
  static final String INCOMPLETE = "#ffffff";
  static final String FAILED = "#f4a6a6";
  static final String PARTLY = "#e9f5ec";

  private DotWriter() {}

  /** The graph with one box per task. */
  public static String tasks(TaskGraph graph) {
    StringBuilder dot = header(graph);
    for (TaskNode node : graph.nodes()) {
      dot.append("  n").append(node.index()).append(" [label=").append(quote(node.id().toString()))
          .append(", fillcolor=\"").append(colour(node)).append("\"];\n");
    }
    for (TaskNode node : graph.nodes()) {
      for (int i = 0; i < node.requirementCount(); i++) {
        dot.append("  n").append(node.index()).append(" -> n").append(node.requirement(i).index())
            .append(";\n");
      }
    }
    return dot.append("}\n").toString();
  }

  /**
   * The graph with one box per family: its name, how many of its tasks the graph holds and how
   * many are complete; an arrow where a task of one family requires a task of another.
   */
  public static String families(TaskGraph graph) {
    Map<String, int[]> counts = new LinkedHashMap<>(); // name -> {tasks, complete, failed}
    for (TaskNode node : graph.nodes()) {
      int[] count = counts.computeIfAbsent(node.id().family(), name -> new int[3]);
      count[0]++;
      count[1] += node.complete() ? 1 : 0;
      count[2] += node.planningError() != null ? 1 : 0;
    }
    Map<String, Integer> numbers = new LinkedHashMap<>();
    counts.keySet().forEach(name -> numbers.put(name, numbers.size()));
    StringBuilder dot = header(graph);
    counts.forEach((name, count) -> {
      String label = name + "\n" + count[0] + (count[0] == 1 ? " task, " : " tasks, ")
          + count[1] + " complete" + (count[2] > 0 ? ", " + count[2] + " failed" : "");
      dot.append("  f").append(numbers.get(name)).append(" [label=").append(quote(label))
          .append(", fillcolor=\"").append(colour(count)).append("\"];\n");
    });
    Set<String> edges = new LinkedHashSet<>();
    for (TaskNode node : graph.nodes()) {
      int from = numbers.get(node.id().family());
      for (int i = 0; i < node.requirementCount(); i++) {
        int to = numbers.get(node.requirement(i).id().family());
        if (from != to) {
          edges.add("  f" + from + " -> f" + to + ";\n");
        }
      }
    }
    edges.forEach(dot::append);
    return dot.append("}\n").toString();
  }

  private static StringBuilder header(TaskGraph graph) {
    return new StringBuilder()
        .append("digraph docket {\n")
        .append("  graph [rankdir=TB, label=").append(quote(graph.root().id().toString()))
        .append(", labelloc=t];\n")
        .append("  node [shape=box, style=\"rounded,filled\", fontname=\"Helvetica\"];\n");
  }

  private static String colour(TaskNode node) {
    if (node.planningError() != null) {
      return FAILED;
    }
    return node.complete() ? COMPLETE : INCOMPLETE;
  }

  private static String colour(int[] count) {
    if (count[2] > 0) {
      return FAILED;
    }
    if (count[1] == count[0]) {
      return COMPLETE;
    }
    return count[1] == 0 ? INCOMPLETE : PARTLY;
  }

  /**
   * {@code text} as a DOT quoted string: quotes and backslashes escaped, each line end as
   * graphviz's centred line break {@code \n}, other control characters dropped.
   */
  static String quote(String text) {
    StringBuilder quoted = new StringBuilder().append('"');
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      switch (c) {
        case '"' -> quoted.append("\\\"");
        case '\\' -> quoted.append("\\\\");
        case '\n' -> quoted.append("\\n");
        case '\r' -> {
          if (i + 1 >= text.length() || text.charAt(i + 1) != '\n') {
            quoted.append("\\n");
          }
        }
        default -> {
          if (c >= ' ' && c != 0x7f) {
            quoted.append(c);
          }
        }
      }
    }
    return quoted.append('"').toString();
  }
}
