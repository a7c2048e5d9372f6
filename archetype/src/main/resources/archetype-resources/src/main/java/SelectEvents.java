package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.io.BufferedReader;
import java.io.BufferedWriter;

/**
 * Selects the events of one dataset that pass the cuts: at least {@code minJets} jets, of
 * which at least {@code minBtags} are b-tagged. The version and the cuts are parameters of
 * {@code CutsTask}, shared with the tasks after this one.
 */
@Task
class SelectEvents extends CutsTask {
  /** The dataset: ttbar, single_top, wjets or data. */
  @Param Dataset dataset;

  /**
   * The dataset's events: the generation workflow (every chunk). Dataset and version propagate
   * by name; the generation's settings come from docket.cfg.
   */
  @Requires GenerateEvents events;

  @Output
  LocalFileTarget selected() {
    return Outputs.selected(version, dataset, minJets, minBtags);
  }

  void run(TaskContext context) throws Exception {
    long read = 0;
    long kept = 0;
    try (BufferedWriter out = selected().newWriter()) {
      out.write(Event.CSV_HEADER);
      out.newLine();
      for (LocalFileTarget file : events.files()) {
        try (BufferedReader in = file.newReader()) {
          in.readLine(); // header
          int lineNumber = 1;
          for (String line; (line = in.readLine()) != null; ) {
            lineNumber++;
            read++;
            Event event = Event.parse(line, file.path() + ":" + lineNumber);
            if (event.jets() >= minJets && event.btags() >= minBtags) {
              out.write(line);
              out.newLine();
              kept++;
            }
          }
        }
      }
    }
    context.log(String.format("%d of %d events pass (%.1f %%)", kept, read, 100.0 * kept / read));
  }
}
