package dev.docket.runtime.spi;

import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.TaskIndex;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.concurrent.ConcurrentHashMap;

/**
 * All task families this process knows: those of every {@link TaskIndex} found with
 * {@link ServiceLoader}, plus any registered explicitly. In the SPI because the SPI itself needs
 * it (a builder copying parameters from a task of another family, a requirement declared with a
 * supertype); the command line, the graph and the executor use it too.
 */
public final class TaskRegistry {
  private static volatile TaskRegistry global;

  private final Map<String, TaskFamily<?>> byName = new ConcurrentHashMap<>();
  private final Map<Class<?>, TaskFamily<?>> byType = new ConcurrentHashMap<>();

  private TaskRegistry() {}

  /** The process-wide registry, loaded on first use from the class path. */
  public static TaskRegistry global() {
    TaskRegistry registry = global;
    if (registry == null) {
      synchronized (TaskRegistry.class) {
        registry = global;
        if (registry == null) {
          registry = new TaskRegistry();
          for (TaskIndex index : ServiceLoader.load(TaskIndex.class, loader())) {
            registry.register(index);
          }
          global = registry;
        }
      }
    }
    return registry;
  }

  /**
   * Starts loading {@link #global()} on another thread, so that a command line's own start-up
   * overlaps the class-path scan (which opens every jar). A failure there is left for the
   * first real use to report.
   */
  public static void preload() {
    if (global != null) {
      return;
    }
    Thread thread =
        new Thread(
            new Runnable() { // a class, not a lambda: linking a lambda costs start-up too
              @Override
              public void run() {
                try {
                  global();
                } catch (RuntimeException | LinkageError e) {
                  // global() is still unset: the caller's own call fails with this error.
                }
              }
            },
            "docket-registry");
    thread.setDaemon(true);
    thread.start();
  }

  private static ClassLoader loader() {
    ClassLoader context = Thread.currentThread().getContextClassLoader();
    return context != null ? context : TaskRegistry.class.getClassLoader();
  }

  /** Adds the families of {@code index}; registering the same family twice is harmless. */
  public TaskRegistry register(TaskIndex index) {
    for (TaskFamily<?> family : index.families()) {
      TaskFamily<?> previous = byName.putIfAbsent(family.name(), family);
      if (previous != null && previous.type() != family.type()) {
        // Two modules on one class path, each with its own task index: the user's to fix.
        throw new dev.docket.runtime.BadInputException(
            "two task classes claim the family name '" + family.name() + "': "
                + previous.type().getName() + " and " + family.type().getName()
                + "; give one of them @Task(name = ...) or a namespace");
      }
      byType.putIfAbsent(family.type(), family);
    }
    return this;
  }

  public Optional<TaskFamily<?>> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** The bad-input error for a family name that is not known, with the closest one and all. */
  public dev.docket.runtime.BadInputException unknownTask(String given) {
    List<String> known = new ArrayList<>(byName.keySet());
    known.sort(null);
    return new dev.docket.runtime.BadInputException(
        "unknown task '" + given + "'"
            + TaskArgs.Suggestions.didYouMean(given, known)
            + (known.isEmpty()
                ? " (no tasks are known)"
                : " (known tasks: " + String.join(", ", known) + ")"));
  }

  /** The family of a task object. */
  @SuppressWarnings("unchecked")
  public <T> TaskFamily<T> familyOf(T task) {
    TaskFamily<?> family = byType.get(task.getClass());
    if (family == null) {
      throw new IllegalArgumentException(
          task.getClass().getName() + " is not a known @Task class: is it annotated with @Task"
              + " and was the Docket annotation processor run on it?");
    }
    return (TaskFamily<T>) family;
  }

  /** Every family, sorted by name. */
  public List<TaskFamily<?>> families() {
    List<TaskFamily<?>> all = new ArrayList<>(byName.values());
    all.sort((a, b) -> a.name().compareTo(b.name()));
    return Collections.unmodifiableList(all);
  }

  public Collection<String> names() {
    return new LinkedHashMap<>(byName).keySet();
  }
}
