package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Generates one chunk of events of one dataset, as one job of a production would.
 *
 * <p>When Docket has workflows, this task and {@link GenerateEvents} become one workflow whose
 * branch map has one branch per chunk; the branches can then run on a batch system.
 */
@Task
class GenerateChunk {
  /** The dataset to generate. */
  @Param Dataset dataset;

  /** The number of the chunk, from 0. */
  @Param int chunk;

  /** How many chunks the dataset has (the data's expected yield is split among them). */
  @Param(defaultValue = "4")
  int chunks;

  /** Simulated events per chunk (the data's count follows from its expected yield). */
  @Param(defaultValue = "5000")
  int eventsPerChunk;

  /** The random seed; each dataset and chunk derive their own stream from it. */
  @Param(defaultValue = "1")
  long seed;

  /** The version of the outputs; change it to start afresh. */
  @Param(defaultValue = "v1")
  String version;

  @Output
  LocalFileTarget events() {
    return Outputs.chunk(version, dataset, chunk);
  }

  void run() throws Exception {
    if (chunk < 0 || chunk >= chunks) {
      throw new IllegalArgumentException(
          "chunk " + chunk + " does not exist: --chunk must be between 0 and " + (chunks - 1));
    }
    try (BufferedWriter out = events().newWriter()) {
      out.write(Event.CSV_HEADER);
      out.newLine();
      EventGenerator generator = new EventGenerator(seed, dataset, chunk);
      generator.generate(dataset, chunks, eventsPerChunk, event -> {
        try {
          out.write(event.toCsv());
          out.newLine();
        } catch (IOException e) {
          throw new UncheckedIOException(e); // unwrapped below: the task fails with the cause
        }
      });
    } catch (UncheckedIOException e) {
      throw e.getCause();
    }
  }
}
