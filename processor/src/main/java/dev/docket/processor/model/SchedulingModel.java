package dev.docket.processor.model;

import com.google.auto.common.AnnotationValues;
import com.google.common.collect.ImmutableMap;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.runtime.task.Converters;
import dev.docket.runtime.task.ResourceAmounts;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The scheduling a {@code @Task} declares: only the attributes the user wrote (an empty {@code
 * retryDelay}, {@code timeout} or {@code resources} counts as not written), parsed by the
 * runtime's own grammars. Built after validation, so every value parses.
 *
 * @param resources in the order written
 */
public record SchedulingModel(
    Optional<Integer> priority,
    Optional<Integer> retries,
    Optional<Duration> retryDelay,
    Optional<Duration> timeout,
    Optional<ImmutableMap<String, Long>> resources) {

  static SchedulingModel read(TaskAnnotation task) {
    return new SchedulingModel(
        task.written("priority").map(AnnotationValues::getInt),
        task.written("retries").map(AnnotationValues::getInt),
        duration(task, "retryDelay"),
        duration(task, "timeout"),
        task.written("resources")
            .map(AnnotationValues::getAnnotationValues)
            .filter(entries -> !entries.isEmpty())
            .map(entries -> entries.stream()
                .map(entry -> ResourceAmounts.parseEntry(AnnotationValues.getString(entry)))
                .collect(ImmutableMap.toImmutableMap(Map.Entry::getKey, Map.Entry::getValue))));
  }

  private static Optional<Duration> duration(TaskAnnotation task, String attribute) {
    return task.written(attribute)
        .map(AnnotationValues::getString)
        .filter(text -> !text.isEmpty())
        .map(Converters.DURATION::parse);
  }

  /** Whether the task declares nothing, so its node keeps the default {@code scheduling()}. */
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
    return out.toString().strip();
  }
}
