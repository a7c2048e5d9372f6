package dev.docket.runtime.internal.cli;

import dev.docket.runtime.spi.TaskRegistry;
import dev.docket.runtime.spi.TaskFamily;
import dev.docket.runtime.spi.param.ParamSpec;
import java.io.PrintStream;
import javax.inject.Inject;
import javax.inject.Named;

/**
 * {@code list}: every family, sorted, with its description and parameters.
 *
 * <pre>
 * Selection - Selects events of one dataset.
 *     --dataset String (required)  The dataset to select from.
 *     --min-jets int = 4
 * </pre>
 */
final class ListCommand {
  private final TaskRegistry registry;
  private final PrintStream out;

  @Inject
  ListCommand(TaskRegistry registry, @Named("out") PrintStream out) {
    this.registry = registry;
    this.out = out;
  }

  int run() {
    if (registry.families().isEmpty()) {
      out.println("No tasks are known: was the Docket annotation processor run?");
    }
    for (TaskFamily<?> family : registry.families()) {
      out.println(
          family.name() + (family.description().isBlank() ? "" : " - " + family.description()));
      for (ParamSpec<?> spec : family.params()) {
        out.println(
            "    " + spec.option() + " " + TypeNames.of(spec) + " " + TypeNames.defaultText(spec)
                + (spec.description().isBlank() ? "" : "  " + spec.description()));
      }
    }
    return 0;
  }
}
