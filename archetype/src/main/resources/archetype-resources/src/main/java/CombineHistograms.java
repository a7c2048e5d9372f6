package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects the histograms of every dataset and shift into one file: the input of the fit and of
 * the plots. Data are taken at the nominal shift only.
 */
@Task
class CombineHistograms extends CombinedTask {
  /** One FillHistograms per dataset and shift: the product of two list parameters. */
  @Requires
  List<FillHistograms> histograms() {
    List<FillHistograms> all = new ArrayList<>();
    for (Dataset dataset : datasets) {
      for (Shift shift : dataset.isData() ? List.of(Shift.NOMINAL) : shifts) {
        all.add(FillHistograms_Builder.req(this).dataset(dataset).shift(shift).build());
      }
    }
    return all;
  }

  @Output
  LocalFileTarget combined() {
    return Outputs.combined(version, minJets, minBtags, bins);
  }

  void run() throws Exception {
    Templates templates = new Templates();
    for (FillHistograms h : histograms()) {
      templates.put(h.dataset, h.shift, Histogram.parse(h.histogram().readString().trim()));
    }
    combined().writeString(templates.toCsv());
  }
}
