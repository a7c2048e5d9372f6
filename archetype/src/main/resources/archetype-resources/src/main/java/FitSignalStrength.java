package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;

/** Fits the signal strength of ttbar production to the data, with the jet energy scale as a nuisance parameter. */
@Task
class FitSignalStrength extends CombinedTask {
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
