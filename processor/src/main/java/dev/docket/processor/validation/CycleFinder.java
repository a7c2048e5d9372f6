package dev.docket.processor.validation;

import dev.docket.processor.model.TaskElements;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeMirror;

/**
 * Finds cycles among {@code @Requires} fields: the static graph, across the compilation and the
 * class path. Such a cycle would make {@code create} recurse for ever, so it is an error.
 *
 * <p>Every task of a cycle finds it; only the one whose qualified name sorts first reports it,
 * so a cycle is one error, always on the same class, and the others are skipped silently.
 */
public final class CycleFinder {
  private final TaskElements tasks;

  public CycleFinder(TaskElements tasks) {
    this.tasks = tasks;
  }

  /** One {@code @Requires} field: {@code from.field requires to}. */
  public record Edge(TypeElement from, VariableElement field, TypeElement to) {
    @Override
    public String toString() {
      return from.getSimpleName() + "." + field.getSimpleName() + " requires " + to.getSimpleName();
    }
  }

  /** A shortest cycle through {@code start}, as edges starting at {@code start}. */
  public Optional<List<Edge>> cycleThrough(TypeElement start) {
    String startName = TaskElements.qualifiedName(start);
    Map<String, Edge> reachedBy = new HashMap<>();
    Deque<TypeElement> queue = new ArrayDeque<>();
    queue.add(start);
    while (!queue.isEmpty()) {
      TypeElement from = queue.poll();
      for (VariableElement field : tasks.requiresFields(from)) {
        TypeMirror type = tasks.fieldType(from, field);
        if (!tasks.isTask(type)) {
          continue;
        }
        TypeElement to = TaskElements.typeOf(type);
        String toName = TaskElements.qualifiedName(to);
        Edge edge = new Edge(from, field, to);
        if (toName.equals(startName)) {
          return Optional.of(pathTo(edge, reachedBy, startName));
        }
        if (reachedBy.putIfAbsent(toName, edge) == null) {
          queue.add(to);
        }
      }
    }
    return Optional.empty();
  }

  /** Whether {@code start} is the task that reports {@code cycle}. */
  public static boolean reportsOn(TypeElement start, List<Edge> cycle) {
    String first = cycle.stream()
        .map(edge -> TaskElements.qualifiedName(edge.from()))
        .sorted()
        .findFirst()
        .orElseThrow();
    return first.equals(TaskElements.qualifiedName(start));
  }

  public static ValidationReport report(TypeElement start, List<Edge> cycle) {
    List<String> lines = new ArrayList<>();
    cycle.forEach(edge -> lines.add(edge.toString()));
    return ValidationReport.builder()
        .error(ErrorMessages.requiresCycle(start.getSimpleName().toString(), lines), start)
        .build();
  }

  private static List<Edge> pathTo(Edge last, Map<String, Edge> reachedBy, String startName) {
    List<Edge> path = new ArrayList<>();
    path.add(last);
    String current = TaskElements.qualifiedName(last.from());
    while (!current.equals(startName)) {
      Edge edge = reachedBy.get(current);
      path.add(0, edge);
      current = TaskElements.qualifiedName(edge.from());
    }
    return path;
  }
}
