package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
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
class CombineHistograms {
  /** The datasets: the simulated processes and the data. */
  @Param(defaultValue = "ttbar,single_top,wjets,data")
  List<Dataset> datasets;

  /** The systematic shifts of the simulated processes. */
  @Param(defaultValue = "nominal,up,down")
  List<Shift> shifts;

  /** The minimum number of jets. */
  @Param(defaultValue = "4")
  int minJets;

  /** The minimum number of b-tagged jets. */
  @Param(defaultValue = "1")
  int minBtags;

  /** The number of bins of m_bjj between 50 and 450 GeV. */
  @Param(defaultValue = "20")
  int bins;

  /** The version of the outputs; change it to start afresh. */
  @Param(defaultValue = "v1")
  String version;

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
