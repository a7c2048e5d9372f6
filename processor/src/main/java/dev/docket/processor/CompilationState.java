package dev.docket.processor;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What the steps share across rounds. Only names are kept, never {@code Element}s: elements of
 * one round must not be used in the next.
 */
final class CompilationState {
  /** Family name → qualified name of the class that claimed it first. */
  private final Map<String, String> families = new LinkedHashMap<>();
  /** Qualified names of tasks whose files were generated. */
  private final Set<String> generated = new LinkedHashSet<>();
  /** Qualified names of tasks that a step looked at, successfully or not. */
  private final Set<String> handled = new LinkedHashSet<>();
  private boolean errors;
  private boolean tasksThisRound;

  /** The class that already has {@code family}, or empty after claiming it for {@code type}. */
  Optional<String> claimFamily(String family, String type) {
    String first = families.putIfAbsent(family, type);
    return first == null || first.equals(type) ? Optional.empty() : Optional.of(first);
  }

  void handled(String type) {
    handled.add(type);
    tasksThisRound = true;
  }

  boolean wasHandled(String type) {
    return handled.contains(type);
  }

  void generated(String type) {
    generated.add(type);
  }

  Set<String> generatedTasks() {
    return generated;
  }

  void error() {
    errors = true;
  }

  boolean hasErrors() {
    return errors;
  }

  /** Whether a task was handled since the last call; resets the flag. */
  boolean takeTasksThisRound() {
    boolean result = tasksThisRound;
    tasksThisRound = false;
    return result;
  }
}
