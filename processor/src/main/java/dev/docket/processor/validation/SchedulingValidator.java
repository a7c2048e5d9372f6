package dev.docket.processor.validation;

import com.google.auto.common.AnnotationValues;
import dev.docket.processor.base.DocketAnnotations.TaskAnnotation;
import dev.docket.runtime.spi.param.Durations;
import dev.docket.runtime.spi.param.ResourceAmounts;
import dev.docket.runtime.spi.param.SandboxSpec;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.TypeElement;

/**
 * Checks the scheduling attributes of {@code @Task} ({@code retries}, {@code retryDelay},
 * {@code timeout}, {@code resources}; any {@code priority} is fine) and {@code sandbox} with the
 * grammars the runtime parses with ({@link Durations}, {@link ResourceAmounts}, {@link
 * SandboxSpec}) and its bounds ({@link
 * Durations#MAX_TIMEOUT}), so that what compiles is what runs. Each error underlines the
 * attribute's value (for {@code resources}, the entry).
 */
final class SchedulingValidator {
  ValidationReport validate(TypeElement type) {
    ValidationReport.Builder report = ValidationReport.builder();
    TaskAnnotation task = TaskAnnotation.read(type);
    String name = type.getSimpleName().toString();
    task.written("retries").ifPresent(value -> {
      int retries = AnnotationValues.getInt(value);
      if (retries < 0) {
        report.error(ErrorMessages.taskRetries(name, retries), type, task.mirror(), value);
      }
    });
    task.written("retryDelay").ifPresent(value -> {
      String text = AnnotationValues.getString(value);
      if (text.isEmpty()) {
        return; // empty: not set
      }
      Duration delay = duration(text);
      if (delay == null) {
        report.error(ErrorMessages.taskRetryDelay(name, text, Durations.EXPECTED),
            type, task.mirror(), value);
      } else if (delay.isNegative()) {
        report.error(ErrorMessages.taskRetryDelayNegative(name, text), type, task.mirror(), value);
      }
    });
    task.written("timeout").ifPresent(value -> {
      String text = AnnotationValues.getString(value);
      if (text.isEmpty()) {
        return; // empty: not set
      }
      Duration timeout = duration(text);
      if (timeout == null) {
        report.error(ErrorMessages.taskTimeout(name, text, Durations.EXPECTED),
            type, task.mirror(), value);
      } else if (timeout.isNegative() || timeout.isZero()) {
        report.error(ErrorMessages.taskTimeoutNotPositive(name, text), type, task.mirror(), value);
      } else if (timeout.compareTo(Durations.MAX_TIMEOUT) > 0) {
        report.error(ErrorMessages.taskTimeoutTooLong(name, text, Durations.MAX_TIMEOUT_TEXT),
            type, task.mirror(), value);
      }
    });
    task.written("resources").ifPresent(value -> {
      Set<String> seen = new HashSet<>();
      for (AnnotationValue entry : AnnotationValues.getAnnotationValues(value)) {
        String text = AnnotationValues.getString(entry);
        String resource;
        try {
          resource = ResourceAmounts.parseEntry(text).getKey();
        } catch (IllegalArgumentException e) {
          report.error(ErrorMessages.taskResources(name, text), type, task.mirror(), entry);
          continue;
        }
        if (!seen.add(resource)) {
          report.error(ErrorMessages.taskResourceDuplicate(name, resource), type, task.mirror(),
              entry);
        }
      }
    });
    task.written("sandbox").ifPresent(value -> {
      String text = AnnotationValues.getString(value);
      try {
        SandboxSpec.parse(text);
      } catch (IllegalArgumentException e) {
        report.error(ErrorMessages.taskSandbox(name, text, e.getMessage()), type, task.mirror(), value);
      }
    });
    return report.build();
  }

  /** The duration {@code text} stands for, by the runtime's grammar; {@code null} if none. */
  private static Duration duration(String text) {
    try {
      return Durations.parse(text);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
