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
  @Param(defaultValue = "ttbar,single_top,wjets,data")
  List<Dataset> datasets;

  @Param(defaultValue = "nominal,up,down")
  List<Shift> shifts;

  @Param(defaultValue = "4")
  int minJets;

  @Param(defaultValue = "1")
  int minBtags;

  @Param(defaultValue = "20")
  int bins;

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
