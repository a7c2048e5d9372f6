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
