package ${package};

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docket.runtime.testing.TaskRun;
import dev.docket.runtime.testing.TaskTester;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Element;

/** The whole chain, from generation to plots, as ./docket run PlotDistributions runs it. */
class AnalysisChainTest {
  @TempDir Path store;

  @Test
  void runsTheChainFitsTheSignalAndDrawsThePlots() throws Exception {
    try (TaskTester tester = TaskTester.inStore(store)) {
      tester.configure("GenerateEvents", "events-per-chunk", "2000");
      PlotDistributions plots = PlotDistributions_Builder.create().build();
      TaskRun run = tester.run(plots, 2).assertSucceeded();

      // 3 processes + data: 4 chunks (branches) and the workflow each; histograms: 3 shifts per
      // process, data nominal only.
      assertEquals(20, run.ranCount("GenerateEvents"));
      assertEquals(4, run.ranCount("SelectEvents"));
      assertEquals(10, run.ranCount("FillHistograms"));

      FitResult fit = FitResult.parse(plots.fit.result().readString());
      assertTrue(
          Math.abs(fit.mu() - EventGenerator.TRUE_MU) < 3 * fit.muError(),
          "the fit finds the signal strength of the pseudo-data: " + fit);
      assertTrue(fit.muError() > 0.005 && fit.muError() < 0.2, fit.toString());

      BufferedImage png = ImageIO.read(plots.png().path().toFile());
      assertEquals(StackPlot.WIDTH, png.getWidth());
      assertEquals(StackPlot.HEIGHT, png.getHeight());
      DocumentBuilderFactory xml = DocumentBuilderFactory.newInstance();
      xml.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      Element svg = xml.newDocumentBuilder().parse(plots.svg().path().toFile()).getDocumentElement();
      assertEquals("svg", svg.getTagName());
      assertTrue(svg.getTextContent().contains("Post-fit"), "the SVG keeps its text");

      TaskRun again = tester.run(plots);
      assertTrue(again.ran().isEmpty(), "everything is complete: " + again.ran());
    }
  }
}
