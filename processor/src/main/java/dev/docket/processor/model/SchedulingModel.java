package dev.docket.processor.model;

import com.google.auto.common.AnnotationValues;
import com.google.common.collect.ImmutableMap;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.runtime.spi.param.Durations;
import dev.docket.runtime.spi.param.ResourceAmounts;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationValue;

/**
 * The scheduling a {@code @Task} declares: for each attribute, the value written on the task's
 * own {@code @Task}, else on the nearest {@code @Task} superclass that writes it (a task that
 * extends a task keeps its retries, as a luigi subclass keeps its class attributes). A written
 * empty {@code retryDelay}, {@code timeout} or {@code resources} counts as not declared and
 * stops the search. Values are parsed by the runtime's own grammars; the task's own were
 * validated, and an inherited one that does not parse (its class has an error of its own) is
 * left out.
 *
 * @param resources in the order written
 * @param sandbox {@code @Task(sandbox)}, stripped, when it names one (not part of {@link
 *     #isEmpty()}: the family returns it from {@code sandbox()}, not {@code scheduling()})
 */
public record SchedulingModel(
    Optional<Integer> priority,
    Optional<Integer> retries,
    Optional<Duration> retryDelay,
    Optional<Duration> timeout,
    Optional<ImmutableMap<String, Long>> resources,
    Optional<String> sandbox) {

  /** From the {@code @Task} annotations of a task and its superclasses, nearest first. */
  static SchedulingModel read(List<TaskAnnotation> nearestFirst) {
    return new SchedulingModel(
        written(nearestFirst, "priority").map(AnnotationValues::getInt),
        written(nearestFirst, "retries").map(AnnotationValues::getInt),
        duration(nearestFirst, "retryDelay"),
        duration(nearestFirst, "timeout"),
        written(nearestFirst, "resources")
            .map(AnnotationValues::getAnnotationValues)
            .filter(entries -> !entries.isEmpty())
            .flatMap(SchedulingModel::resources),
        sandbox(nearestFirst));
  }

  private static Optional<String> sandbox(List<TaskAnnotation> tasks) {
    return written(tasks, "sandbox")
        .map(AnnotationValues::getString)
        .flatMap(text -> {
          try {
            return SandboxSpec.parse(text).map(SandboxSpec::toString);
          } catch (IllegalArgumentException e) {
            return Optional.empty(); // reported on the class that wrote it
          }
        });
  }

  private static Optional<AnnotationValue> written(List<TaskAnnotation> tasks, String attribute) {
    return tasks.stream().map(task -> task.written(attribute)).flatMap(Optional::stream)
        .findFirst();
  }

  private static Optional<Duration> duration(List<TaskAnnotation> tasks, String attribute) {
    return written(tasks, attribute)
        .map(AnnotationValues::getString)
        .filter(text -> !text.isEmpty())
        .flatMap(text -> {
          try {
            return Optional.of(Durations.parse(text));
          } catch (RuntimeException e) {
            return Optional.empty(); // reported on the class that wrote it
          }
        });
  }

  private static Optional<ImmutableMap<String, Long>> resources(
      List<? extends AnnotationValue> entries) {
    try {
      return Optional.of(entries.stream()
          .map(entry -> ResourceAmounts.parseEntry(AnnotationValues.getString(entry)))
          .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue)));
    } catch (IllegalArgumentException e) {
      return Optional.empty(); // reported on the class that wrote it
    }
  }

  /** Whether the task declares nothing, so its family keeps the default {@code scheduling()}. */
  public boolean isEmpty() {
    return priority.isEmpty() && retries.isEmpty() && retryDelay.isEmpty() && timeout.isEmpty()
        && resources.isEmpty();
  }

  /** One line for {@link TaskModel#dump()}, e.g. {@code priority=10 retries=2 resources={db=1}}. */
  String dump() {
    StringBuilder out = new StringBuilder();
    priority.ifPresent(p -> out.append(" priority=").append(p));
    retries.ifPresent(r -> out.append(" retries=").append(r));
    retryDelay.ifPresent(d -> out.append(" retryDelay=").append(d));
    timeout.ifPresent(t -> out.append(" timeout=").append(t));
    resources.ifPresent(r -> out.append(" resources=").append(r.entrySet().stream()
        .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(",", "{", "}"))));
    sandbox.ifPresent(s -> out.append(" sandbox=").append(s));
    return out.toString().strip();
  }
}
