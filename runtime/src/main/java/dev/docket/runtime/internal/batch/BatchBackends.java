package dev.docket.runtime.internal.batch;

import dev.docket.runtime.BadInputException;
import dev.docket.runtime.internal.workflow.WorkflowOptions;
import dev.docket.runtime.spi.TaskArgs;
import dev.docket.runtime.spi.batch.BatchBackend;
import java.util.ArrayList;
import java.util.List;
import java.util.ServiceLoader;

/** The batch backends on the class path, found with {@link ServiceLoader}. */
public final class BatchBackends {
  private BatchBackends() {}

  public static List<BatchBackend> all() {
    List<BatchBackend> all = new ArrayList<>();
    ServiceLoader.load(BatchBackend.class, BatchBackends.class.getClassLoader()).forEach(all::add);
    return all;
  }

  /** The backend called {@code name}; an unknown name is bad input listing the known ones. */
  public static BatchBackend named(String name) {
    List<String> names = new ArrayList<>(List.of(WorkflowOptions.LOCAL));
    for (BatchBackend backend : all()) {
      if (backend.name().equals(name)) {
        return backend;
      }
      names.add(backend.name());
    }
    throw new BadInputException(
        "unknown --workflow '" + name + "'"
            + TaskArgs.Suggestions.didYouMean(name, names)
            + " (known: " + String.join(", ", names)
            + "; a backend is known when its module, e.g. docket-backend-slurm, is on the class path)");
  }
}
