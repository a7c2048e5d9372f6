package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.io.OutputStream;

/**
 * Plots the stacked m_bjj histograms of the simulated processes with their uncertainty band and
 * the data, before and after the fit, as PNG and SVG: the end of the analysis chain.
 */
@Task
class PlotDistributions extends CombinedTask {
  static {
    System.setProperty("java.awt.headless", "true"); // plots are drawn without a display
  }

  @Requires CombineHistograms histograms;

  @Requires FitSignalStrength fit;

  @Output
  LocalFileTarget png() {
    return Outputs.plot(version, minJets, minBtags, bins, "png");
  }

  @Output
  LocalFileTarget svg() {
    return Outputs.plot(version, minJets, minBtags, bins, "svg");
  }

  void run(TaskContext context) throws Exception {
    Templates templates = Templates.parse(histograms.combined().readString());
    FitResult result = FitResult.parse(fit.result().readString());
    String cuts = "\u2265 " + minJets + " jets, \u2265 " + minBtags + " b-tag" + (minBtags == 1 ? "" : "s");
    StackPlot plot =
        new StackPlot(
            templates, Prediction.preFit(templates), Prediction.postFit(templates, result), result,
            cuts);
    try (OutputStream out = png().newOutputStream()) {
      plot.writePng(out);
    }
    svg().writeString(plot.svg());
    context.log("wrote " + png().path() + " and " + svg().path());
  }
}
