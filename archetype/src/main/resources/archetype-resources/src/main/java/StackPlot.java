package ${package};

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.LegendItem;
import org.jfree.chart.LegendItemCollection;
import org.jfree.chart.annotations.XYTitleAnnotation;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.block.ColumnArrangement;
import org.jfree.chart.plot.CombinedDomainXYPlot;
import org.jfree.chart.plot.DatasetRenderingOrder;
import org.jfree.chart.plot.ValueMarker;
import org.jfree.chart.plot.XYPlot;
import org.jfree.chart.renderer.xy.DeviationRenderer;
import org.jfree.chart.renderer.xy.StackedXYBarRenderer;
import org.jfree.chart.renderer.xy.StandardXYBarPainter;
import org.jfree.chart.renderer.xy.XYErrorRenderer;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.title.TextTitle;
import org.jfree.chart.ui.HorizontalAlignment;
import org.jfree.chart.ui.RectangleAnchor;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.data.xy.CategoryTableXYDataset;
import org.jfree.data.xy.YIntervalSeries;
import org.jfree.data.xy.YIntervalSeriesCollection;
import org.jfree.svg.SVGGraphics2D;

/**
 * Draws the stacked m_bjj histograms of the simulated processes, the uncertainty band of their
 * sum and the data, with a data/prediction ratio below; pre-fit and post-fit side by side on
 * the same scale. JFreeChart draws each side; the figure goes to PNG, and to SVG through
 * JFreeSVG, from the same drawing code.
 */
final class StackPlot {
  static final int WIDTH = 1200;
  static final int HEIGHT = 640;
  private static final int HEADER = 58;
  private static final Font LABEL = new Font(Font.SANS_SERIF, Font.PLAIN, 15);
  private static final Font TICKS = new Font(Font.SANS_SERIF, Font.PLAIN, 13);
  private static final Color BAND_FILL = new Color(110, 110, 110);
  private static final Color OUTLINE = new Color(50, 50, 50);

  private final Templates templates;
  private final Prediction preFit;
  private final Prediction postFit;
  private final FitResult fit;
  private final String cuts;

  StackPlot(Templates templates, Prediction preFit, Prediction postFit, FitResult fit, String cuts) {
    this.templates = templates;
    this.preFit = preFit;
    this.postFit = postFit;
    this.fit = fit;
    this.cuts = cuts;
  }

  void writePng(OutputStream out) throws IOException {
    BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
    Graphics2D g2 = image.createGraphics();
    try {
      draw(g2);
    } finally {
      g2.dispose();
    }
    ImageIO.write(image, "png", out);
  }

  String svg() {
    SVGGraphics2D g2 = new SVGGraphics2D(WIDTH, HEIGHT);
    draw(g2);
    return g2.getSVGDocument();
  }

  private void draw(Graphics2D g2) {
    g2.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
    g2.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
    g2.setPaint(Color.WHITE);
    g2.fill(new Rectangle(0, 0, WIDTH, HEIGHT));
    g2.setPaint(Color.BLACK);
    g2.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 19));
    g2.drawString("Reconstructed top-quark mass m_bjj   (" + cuts + ")", 16, 27);
    g2.setPaint(Color.DARK_GRAY);
    g2.setFont(new Font(Font.SANS_SERIF, Font.ITALIC, 13));
    g2.drawString("Docket example analysis \u2014 synthetic events, binned likelihood fit of the tt\u0304"
        + " signal strength \u03bc with the jet energy scale \u03b8 as nuisance parameter", 16, 47);

    double top = 1.3 * Math.max(max(preFit.bandHigh(), templates.data().sums),
        max(postFit.bandHigh(), templates.data().sums));
    int half = WIDTH / 2;
    side(preFit, "Pre-fit", "\u03bc = 1,  \u03b8 = 0  (band: \u03b8 = \u00b11)", top, false)
        .draw(g2, new Rectangle(0, HEADER, half, HEIGHT - HEADER));
    String values = String.format(Locale.ROOT,
        "\u03bc\u0302 = %.3f \u00b1 %.3f,  \u03b8\u0302 = %.2f \u00b1 %.2f",
        fit.mu(), fit.muError(), fit.theta(), fit.thetaError());
    side(postFit, "Post-fit", values, top, true)
        .draw(g2, new Rectangle(half, HEADER, WIDTH - half, HEIGHT - HEADER));
  }

  /** One side: the stack above, the ratio below, sharing the mass axis. */
  private JFreeChart side(
      Prediction prediction, String name, String values, double top, boolean withLegend) {
    Histogram data = templates.data();
    NumberAxis mass = new NumberAxis("m_bjj [GeV]");
    mass.setRange(data.low, data.high);
    mass.setLabelFont(LABEL);
    mass.setTickLabelFont(TICKS);
    CombinedDomainXYPlot plot = new CombinedDomainXYPlot(mass);
    plot.setGap(6);
    XYPlot main = main(prediction, top);
    plot.add(main, 3);
    plot.add(ratio(prediction), 1);

    TextTitle label = new TextTitle(name, new Font(Font.SANS_SERIF, Font.BOLD, 17));
    main.addAnnotation(new XYTitleAnnotation(0.03, 0.97, label, RectangleAnchor.TOP_LEFT));
    TextTitle detail = new TextTitle(values, new Font(Font.SANS_SERIF, Font.PLAIN, 14));
    main.addAnnotation(new XYTitleAnnotation(0.03, 0.885, detail, RectangleAnchor.TOP_LEFT));
    if (withLegend) {
      LegendTitle legend =
          new LegendTitle(this::legendItems, new ColumnArrangement(), new ColumnArrangement());
      legend.setItemFont(TICKS);
      legend.setFrame(BlockBorder.NONE);
      legend.setBackgroundPaint(null);
      legend.setItemLabelPadding(new RectangleInsets(2, 6, 2, 2));
      main.addAnnotation(new XYTitleAnnotation(0.98, 0.97, legend, RectangleAnchor.TOP_RIGHT));
    }

    JFreeChart chart = new JFreeChart(null, null, plot, false);
    chart.setBackgroundPaint(Color.WHITE);
    chart.setPadding(new RectangleInsets(4, 8, 8, 14));
    return chart;
  }

  private XYPlot main(Prediction prediction, double top) {
    Histogram data = templates.data();
    List<Dataset> processes = templates.processes();
    CategoryTableXYDataset stack = new CategoryTableXYDataset();
    StackedXYBarRenderer stackRenderer = new StackedXYBarRenderer(0.0);
    stackRenderer.setBarPainter(new StandardXYBarPainter());
    stackRenderer.setShadowVisible(false);
    stackRenderer.setDrawBarOutline(true);
    stackRenderer.setDefaultOutlinePaint(OUTLINE);
    stackRenderer.setDefaultOutlineStroke(new BasicStroke(0.6f));
    int series = 0;
    for (int i = processes.size() - 1; i >= 0; i--) { // the signal on top
      Dataset process = processes.get(i);
      for (int b = 0; b < data.bins(); b++) {
        stack.add(centre(data, b), prediction.perProcess()[i][b], process.label);
      }
      stackRenderer.setSeriesPaint(series++, process.color());
    }
    stack.setIntervalWidth(data.width());
    stack.setIntervalPositionFactor(0.5);

    YIntervalSeries band = new YIntervalSeries("uncertainty", false, true);
    YIntervalSeries points = new YIntervalSeries("data");
    for (int b = 0; b < data.bins(); b++) {
      double total = prediction.total()[b];
      double low = prediction.bandLow()[b];
      double high = prediction.bandHigh()[b];
      band.add(data.lowEdge(b), total, low, high);
      band.add(data.lowEdge(b + 1), total, low, high);
      double n = data.sums[b];
      points.add(centre(data, b), n, n - Math.sqrt(n), n + Math.sqrt(n));
    }

    NumberAxis events = new NumberAxis(
        String.format(Locale.ROOT, "Events / %.0f GeV", data.width()));
    events.setRange(0, top);
    events.setLabelFont(LABEL);
    events.setTickLabelFont(TICKS);
    XYPlot plot = panel(events);
    plot.setDataset(0, stack);
    plot.setRenderer(0, stackRenderer);
    plot.setDataset(1, collection(band));
    plot.setRenderer(1, bandRenderer());
    plot.setDataset(2, collection(points));
    plot.setRenderer(2, dataRenderer());
    return plot;
  }

  private XYPlot ratio(Prediction prediction) {
    Histogram data = templates.data();
    YIntervalSeries band = new YIntervalSeries("uncertainty", false, true);
    YIntervalSeries points = new YIntervalSeries("data");
    for (int b = 0; b < data.bins(); b++) {
      double total = prediction.total()[b];
      if (total <= 0) {
        continue;
      }
      double low = prediction.bandLow()[b] / total;
      double high = prediction.bandHigh()[b] / total;
      band.add(data.lowEdge(b), 1, low, high);
      band.add(data.lowEdge(b + 1), 1, low, high);
      double n = data.sums[b];
      if (n > 0) {
        points.add(centre(data, b), n / total, (n - Math.sqrt(n)) / total, (n + Math.sqrt(n)) / total);
      }
    }
    NumberAxis ratio = new NumberAxis("data / pred.");
    ratio.setRange(0.6, 1.4);
    ratio.setLabelFont(new Font(Font.SANS_SERIF, Font.PLAIN, 13));
    ratio.setTickLabelFont(TICKS);
    XYPlot plot = panel(ratio);
    plot.setDataset(0, collection(band));
    DeviationRenderer bandRenderer = bandRenderer();
    bandRenderer.setSeriesStroke(0, new BasicStroke(1f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10, new float[] {4, 3}, 0));
    plot.setRenderer(0, bandRenderer);
    plot.setDataset(1, collection(points));
    plot.setRenderer(1, dataRenderer());
    return plot;
  }

  private static XYPlot panel(NumberAxis rangeAxis) {
    XYPlot plot = new XYPlot();
    plot.setRangeAxis(rangeAxis);
    plot.setDatasetRenderingOrder(DatasetRenderingOrder.FORWARD); // data on top
    plot.setBackgroundPaint(Color.WHITE);
    plot.setOutlinePaint(Color.BLACK);
    plot.setOutlineStroke(new BasicStroke(1.2f));
    plot.setDomainGridlinesVisible(false);
    plot.setRangeGridlinePaint(new Color(225, 225, 225));
    plot.setAxisOffset(RectangleInsets.ZERO_INSETS);
    return plot;
  }

  private static DeviationRenderer bandRenderer() {
    DeviationRenderer renderer = new DeviationRenderer(true, false);
    renderer.setSeriesPaint(0, OUTLINE);
    renderer.setSeriesStroke(0, new BasicStroke(1.2f));
    renderer.setSeriesFillPaint(0, BAND_FILL);
    renderer.setAlpha(0.45f);
    return renderer;
  }

  private static XYErrorRenderer dataRenderer() {
    XYErrorRenderer renderer = new XYErrorRenderer();
    renderer.setDrawXError(false);
    renderer.setDefaultLinesVisible(false);
    renderer.setSeriesShape(0, dot());
    renderer.setSeriesPaint(0, Color.BLACK);
    renderer.setErrorPaint(Color.BLACK);
    renderer.setErrorStroke(new BasicStroke(1.4f));
    renderer.setCapLength(0);
    return renderer;
  }

  /** The legend: the top of the stack first, then the band and the data. */
  private LegendItemCollection legendItems() {
    LegendItemCollection items = new LegendItemCollection();
    Shape box = new Rectangle2D.Double(-7, -6, 14, 12);
    for (Dataset process : templates.processes()) {
      items.add(new LegendItem(process.label, null, null, null, true, box, true, process.color(),
          true, OUTLINE, new BasicStroke(0.6f), false, box, new BasicStroke(0f), OUTLINE));
    }
    items.add(new LegendItem("uncertainty", null, null, null, box,
        new Color(BAND_FILL.getRed(), BAND_FILL.getGreen(), BAND_FILL.getBlue(), 115)));
    items.add(new LegendItem("data", null, null, null, dot(), Color.BLACK));
    return items;
  }

  private static Shape dot() {
    return new Ellipse2D.Double(-4, -4, 8, 8);
  }

  private static YIntervalSeriesCollection collection(YIntervalSeries series) {
    YIntervalSeriesCollection collection = new YIntervalSeriesCollection();
    collection.addSeries(series);
    return collection;
  }

  private static double centre(Histogram h, int bin) {
    return h.lowEdge(bin) + h.width() / 2;
  }

  private static double max(double[] a, double[] b) {
    double max = 0;
    for (int i = 0; i < a.length; i++) {
      max = Math.max(max, Math.max(a[i], b[i] + Math.sqrt(b[i])));
    }
    return max;
  }
}
