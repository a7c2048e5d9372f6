package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.util.List;

/** Fits the signal strength of ttbar production to the data, with the jet energy scale as a nuisance parameter. */
@Task
class FitSignalStrength {
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

  @Requires CombineHistograms histograms;

  @Output
  LocalFileTarget result() {
    return Outputs.fit(version, minJets, minBtags, bins);
  }

  void run(TaskContext context) throws Exception {
    Templates templates = Templates.parse(histograms.combined().readString());
    if (!templates.has(Dataset.DATA) || !templates.has(Dataset.TTBAR)) {
      throw new IllegalArgumentException(
          "the fit needs the datasets ttbar and data; --datasets is " + datasets);
    }
    FitResult result = new SignalStrengthFit(templates).fit();
    context.log(result.toString());
    result().writeString(result.toText());
  }
}
