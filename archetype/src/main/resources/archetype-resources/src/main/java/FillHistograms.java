package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.io.BufferedReader;

/**
 * Fills the m_bjj histogram of one dataset's selected events, with the jet energy scale at one
 * systematic shift (data are never shifted).
 */
@Task
class FillHistograms extends HistogramTask {
  /** The dataset: ttbar, single_top, wjets or data. */
  @Param Dataset dataset;

  /** The systematic shift of the jet energy scale: nominal, up or down. */
  @Param(defaultValue = "nominal")
  Shift shift;

  @Requires SelectEvents selection;

  @Output
  LocalFileTarget histogram() {
    return Outputs.histogram(version, dataset, shift, minJets, minBtags, bins);
  }

  void run() throws Exception {
    double scale = dataset.isData() ? 1 : shift.jetScale();
    Histogram histogram = new Histogram(Histogram.LOW, Histogram.HIGH, bins);
    LocalFileTarget input = selection.selected();
    try (BufferedReader in = input.newReader()) {
      in.readLine();
      int lineNumber = 1;
      for (String line; (line = in.readLine()) != null; ) {
        Event event = Event.parse(line, input.path() + ":" + ++lineNumber);
        histogram.fill(event.mbjj() * scale, event.weight());
      }
    }
    histogram().writeString(histogram.toCsv() + "\n");
  }
}
