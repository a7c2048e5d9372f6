package ${package};

import dev.docket.annotations.Output;
import dev.docket.annotations.Param;
import dev.docket.annotations.Requires;
import dev.docket.annotations.Task;
import dev.docket.runtime.LocalFileTarget;
import dev.docket.runtime.TaskContext;
import java.io.OutputStream;
import java.util.List;

/**
 * Plots the stacked m_bjj histograms of the simulated processes with their uncertainty band and
 * the data, before and after the fit, as PNG and SVG: the end of the analysis chain.
 */
@Task
class PlotDistributions {
  static {
    System.setProperty("java.awt.headless", "true"); // plots are drawn without a display
  }

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
