package dev.docket.processor.model;

import com.google.common.collect.ImmutableList;
import com.palantir.javapoet.ClassName;
import javax.lang.model.element.TypeElement;

/**
 * A checked {@code @Task} class: the only input of the writers.
 *
 * @param element the originating element of every per-task file
 * @param family the family name, with its namespace
 * @param runTakesContext whether the body is {@code run(TaskContext)}
 * @param requirementsThrow whether a {@code @Requires} method declares checked exceptions
 * @param outputsThrow whether an {@code @Output} method declares checked exceptions
 * @param scheduling what {@code @Task(priority, retries, ...)} declares
 */
public record TaskModel(
    TypeElement element,
    ClassName type,
    String family,
    String description,
    ImmutableList<ParamModel> params,
    ImmutableList<RequirementModel> requirements,
    ImmutableList<OutputModel> outputs,
    boolean runTakesContext,
    boolean requirementsThrow,
    boolean outputsThrow,
    SchedulingModel scheduling) {

  /** A stable text form for tests that check meaning rather than the layout of generated code. */
  public String dump() {
    StringBuilder out = new StringBuilder();
    out.append("task ").append(family).append(" (").append(type.canonicalName()).append(")\n");
    for (ParamModel p : params) {
      out.append("  param ").append(p.name()).append(": ").append(p.type().canonical())
          .append(p.defaultValue().map(d -> " = \"" + d + "\"").orElse(" (required)"))
          .append(p.significant() ? "" : " insignificant")
          .append(p.propagate() ? "" : " not-propagated")
          .append(p.overridden().isEmpty() ? "" : " overrides " + p.overridden()).append('\n');
    }
    for (RequirementModel r : requirements) {
      out.append("  requires ").append(r.member()).append(r.field() ? "" : "()").append(": ")
          .append(r.kind()).append(' ').append(r.task().canonicalName())
          .append(r.propagated().isEmpty() ? "" : " " + r.propagated()).append('\n');
    }
    for (OutputModel o : outputs) {
      out.append("  output ").append(o.method()).append("(): ").append(o.kind()).append('\n');
    }
    out.append("  run(").append(runTakesContext ? "TaskContext" : "").append(")\n");
    if (!scheduling.isEmpty()) {
      out.append("  scheduling ").append(scheduling.dump()).append('\n');
    }
    return out.toString();
  }
}
