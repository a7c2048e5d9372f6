package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;

/**
 * All events of one dataset: requires one {@link GenerateChunk} per chunk and writes a small
 * manifest of their files and event counts. Later tasks read the chunks through {@code
 * files()}.
 *
 * <p>The list of requirements depends on the value of {@code chunks}, so it comes from a
 * {@code @Requires} method that builds each chunk with the generated builder: {@code
 * GenerateChunk_Builder.req(this)} copies the parameters both tasks have (dataset, chunks,
 * eventsPerChunk, seed, version), {@code .chunk(i)} sets the one this task lacks. With Docket's
 * coming workflows this becomes a branch map.
 */
@Task
class GenerateEvents {
  /** The dataset: ttbar, single_top, wjets or data. */
  @Param Dataset dataset;

  /** How many chunks the dataset has. */
  @Param(defaultValue = "4")
  int chunks;

  /** Simulated events per chunk. */
  @Param(defaultValue = "5000")
  int eventsPerChunk;

  /** The random seed; each dataset and chunk derive their own stream from it. */
  @Param(defaultValue = "1")
  long seed;

  /** The version of the outputs; change it to start afresh. */
  @Param(defaultValue = "v1")
  String version;

  @Requires
  List<GenerateChunk> chunkTasks() {
    List<GenerateChunk> all = new ArrayList<>(chunks);
    for (int i = 0; i < chunks; i++) {
      all.add(GenerateChunk_Builder.req(this).chunk(i).build());
    }
    return all;
  }

  /** The chunks' files, written by the GenerateChunk tasks. */
  List<LocalFileTarget> files() {
    List<LocalFileTarget> files = new ArrayList<>(chunks);
    for (int i = 0; i < chunks; i++) {
      files.add(Outputs.chunk(version, dataset, i));
    }
    return files;
  }

  /**
   * One line per chunk: its file and number of events. (The chunk files themselves are not
   * this task's outputs: make's rule compares a task's outputs with its requirements'.)
   */
  @Output
  LocalFileTarget manifest() {
    return LocalFileTarget.of("events", version, dataset.fileName(), "manifest.txt");
  }

  void run(TaskContext context) throws Exception {
    long total = 0;
    StringBuilder manifest = new StringBuilder();
    for (LocalFileTarget file : files()) {
      long events;
      try (var reader = file.newReader()) {
        events = reader.lines().count() - 1;
      }
      total += events;
      manifest.append(file.path().getFileName()).append(' ').append(events).append('\n');
    }
    manifest().writeString(manifest.toString());
    context.log(total + " events of " + dataset.fileName() + " in " + chunks + " chunks");
  }
}
